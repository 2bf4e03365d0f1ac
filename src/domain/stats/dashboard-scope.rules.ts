import type { Caller } from '../auth/grant';
import { listScope } from '../auth/scope.rules';

/** The unit a dashboard shows. */
export type DashboardUnitRef = { kind: 'county'; id: null } | { kind: 'branch'; id: string } | { kind: 'group'; id: string };

/**
 * Which unit a caller sees for the unit he asked for. County 组织部 and sysadmin: any (no id = the
 * county); a secretary: his branches; a cadre: his village groups. Without an id a non-county
 * organiser gets his first unit (a secretary's branch before a cadre's group). null = forbidden:
 * no organiser role, or a unit outside his scope.
 */
export function dashboardUnit(caller: Caller, asked: { branchId?: string; groupId?: string }): DashboardUnitRef | null {
  const scope = listScope(caller);
  if (!scope) return null;
  if (asked.branchId !== undefined) return scope.all || scope.branchIds.includes(asked.branchId) ? { kind: 'branch', id: asked.branchId } : null;
  if (asked.groupId !== undefined) return scope.all || scope.groupIds.includes(asked.groupId) ? { kind: 'group', id: asked.groupId } : null;
  if (scope.all) return { kind: 'county', id: null };
  if (scope.branchIds.length) return { kind: 'branch', id: scope.branchIds[0] };
  return { kind: 'group', id: scope.groupIds[0] };
}
