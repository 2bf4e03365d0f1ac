import type { MergedSheet, OccurrenceView } from '@/contracts';
import { signinWindow, type Occurrence } from '@/domain/themeday/occurrence.rules';
import { branchSheetId, type SheetDoc } from '../../repos/themeday.repo';

export const occurrenceView = (o: Occurrence): OccurrenceView => {
  const w = signinWindow(o);
  return { ...o, signinOpens: w.opens, signinCloses: w.closes };
};

/** County items first, then the branch's own; either may be missing. */
export function mergeSheet(docs: SheetDoc[], branchId: string, month: string): MergedSheet {
  const county = docs.find((d) => d._id === month && d.kind === 'county');
  const own = docs.find((d) => d._id === branchSheetId(branchId, month) && d.kind === 'branch');
  const c = county?.kind === 'county' ? county.sheet : null;
  const a = own?.kind === 'branch' ? own.additions : null;
  return {
    theme: c?.theme ?? null,
    agenda: [...(c?.agenda ?? []), ...(a?.agenda ?? [])],
    links: [...(c?.links ?? []), ...(a?.links ?? [])],
    fromCounty: !!c,
  };
}
