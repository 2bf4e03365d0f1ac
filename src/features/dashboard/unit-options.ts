import type { OrgTree } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { listScope } from '@/domain/auth/scope.rules';
import type { DashboardUnit } from '@/domain/stats/stats.schema';

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
