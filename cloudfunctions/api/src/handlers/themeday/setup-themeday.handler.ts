import type { ActionOutputs } from '@/contracts';
import { isCountyWide, runsAnyBranch } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import { addMonths, monthAt, nextOccurrence } from '@/domain/themeday/occurrence.rules';
import { canManageThemeday } from '@/domain/themeday/themeday-scope.rules';
import type { Ctx } from '@shared/dispatch/context';
import { branchSheetId, getPlan, sheetsByIds } from '../../repos/themeday.repo';
import { occurrenceView } from './themeday-views';

/**
 * What the organiser's theme-day forms start from, so they show what is saved rather than a
 * default: the county's sheets of this month and the next, and with `branchId` (its secretary or
 * the county) the branch's rule and additions. Two parallel reads.
 */
export async function setupThemedayHandler(input: { branchId?: string }, ctx: Ctx): Promise<ActionOutputs['themeday.setup']> {
  const { caller, now } = ctx;
  if (input.branchId ? !canManageThemeday(caller, input.branchId) : !(isCountyWide(caller) || runsAnyBranch(caller))) throw forbidden('只能查看本支部的主题党日设置');
  const months = [monthAt(now), addMonths(monthAt(now), 1)];
  const branchId = input.branchId;
  const [planDoc, docs] = await Promise.all([
    branchId ? getPlan(branchId) : Promise.resolve(null),
    sheetsByIds([...months, ...(branchId ? months.map((m) => branchSheetId(branchId, m)) : [])]),
  ]);
  const sheets = Object.fromEntries(months.map((m) => [m, null])) as ActionOutputs['themeday.setup']['sheets'];
  const additions = Object.fromEntries(months.map((m) => [m, null])) as ActionOutputs['themeday.setup']['additions'];
  for (const d of docs) {
    if (d.kind === 'county') sheets[d.month] = d.sheet;
    else if (d.branchId === branchId) additions[d.month] = d.additions;
  }
  const plan = planDoc?.plan ?? null;
  return { months, sheets, plan, additions: branchId ? additions : {}, next: plan && branchId ? occurrenceView(nextOccurrence(branchId, plan, now)) : null };
}
