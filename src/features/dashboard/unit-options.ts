import type { OrgTree } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { listScope } from '@/domain/auth/scope.rules';
import type { DashboardUnit } from './sections';

export interface UnitOption {
  value: string;
  label: string;
  unit: DashboardUnit;
}

/** The units a caller may pick, by the rule the function enforces: the county and everything for county-wide roles, else his branches and groups. */
export function unitOptions(tree: OrgTree, caller: Caller): UnitOption[] {
  const scope = listScope(caller);
  if (!scope) return [];
  const branches = tree.branches.filter((b) => scope.all || scope.branchIds.includes(b._id));
  const groups = tree.groups.filter((g) => scope.all || scope.groupIds.includes(g._id));
  return [
    ...(scope.all ? [{ value: 'county', label: tree.county?.name ?? '全县', unit: {} }] : []),
    ...branches.map((b) => ({ value: `b:${b._id}`, label: b.name, unit: { branchId: b._id } })),
    ...groups.map((g) => ({ value: `g:${g._id}`, label: g.name, unit: { groupId: g._id } })),
  ];
}

/** Chips shown at once; a county has dozens of branches and villages, so the rest are reached by typing. */
export const VISIBLE_UNITS = 8;

/**
 * The chips to show: the current unit first, then those whose name contains `q` (all when empty),
 * at most `max`. The current unit stays visible so the user always sees what he is looking at.
 */
export function visibleUnits(options: UnitOption[], current: string | undefined, q: string, max = VISIBLE_UNITS): UnitOption[] {
  const needle = q.trim();
  const matches = options.filter((o) => o.value !== current && (!needle || o.label.includes(needle)));
  const head = options.filter((o) => o.value === current);
  return [...head, ...matches].slice(0, max);
}
