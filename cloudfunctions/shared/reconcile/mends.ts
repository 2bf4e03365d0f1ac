/**
 * Mending a drifted counter without overwriting increments that land meanwhile: each mend is an
 * increment applied as a compare-and-set on the value read (reconcile-counters.ts and the area
 * reconcilers beside it share these).
 */
import { _, db } from '../platform/cloud';

export interface Mend { doc: string; field: string; was: number; now: number }
export interface ReconcileReport { checked: number; mended: Mend[]; busy: string[] }

export type Incs = Record<string, unknown> & { [SEEN]?: Record<string, unknown>; [MENDS]?: Mend[] };
const SEEN = Symbol('seen');
export const MENDS = Symbol('mends');

/** Adds to `incs` the increment that takes `field` from `was` to `want` (applied only if `field` still holds `was`). */
export function mend(_report: ReconcileReport, doc: string, incs: Incs, field: string, was: number, want: number): void {
  if (was === want) return;
  incs[field] = _.inc(want - was);
  (incs[SEEN] ??= {})[field] = was === 0 ? _.in([0, null]) : was;
  (incs[MENDS] ??= []).push({ doc, field, was, now: want });
}

/**
 * Applies the mends of one document as a compare-and-set: only if every mended field still holds
 * what was read (a missing field reads 0). Two reconcilers at once (the timer and the county's
 * action) or an increment landing meanwhile make it match nothing: left for the next run.
 */
export async function applyMends(report: ReconcileReport, coll: string, id: string, incs: Incs): Promise<void> {
  const mends = incs[MENDS] ?? [];
  if (!Object.keys(incs).length) return;
  const res = await db.collection(coll).where({ _id: id, ...(incs[SEEN] ?? {}) }).update({ data: Object.fromEntries(Object.entries(incs)) });
  if ((res?.stats?.updated ?? 0) > 0) report.mended.push(...mends);
  else report.busy.push(`${coll}/${id}`);
}
