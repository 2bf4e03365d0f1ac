import type { Caller } from '../auth/grant';
import { canManageMember, isCountyWide, isSelf, secretaryBranchIds, type MemberPlacement } from '../auth/scope.rules';
import { hasRole } from '../auth/grant';
import type { CareCase } from './care.schema';

/**
 * Who may do what with care cases and family visits. "Covers the member" is auth's
 * canManageMember: the county 组织部, his branch's secretary, his home village's cadre.
 */

const placementOfCase = (c: Pick<CareCase, 'memberId' | 'branchId' | 'groupId'>): MemberPlacement => ({ _id: c.memberId, branchId: c.branchId, groupId: c.groupId });

/** A member files for himself; an organiser who covers him may file on his behalf. */
export const canFileFor = (caller: Caller, member: MemberPlacement): boolean => isSelf(caller, member) || canManageMember(caller, member);

/** Assigning is the county's or the member's branch secretary's call (not a village cadre's). */
export const canAssign = (caller: Caller, member: Pick<MemberPlacement, 'branchId'>): boolean =>
  hasRole(caller, 'county') || secretaryBranchIds(caller).includes(member.branchId);

/** An assignee must be an organiser who covers the member (his grants, read from his users document). */
export const canBeAssignee = (assignee: Caller, member: MemberPlacement): boolean => canManageMember(assignee, member);

/**
 * Moving a case: its assignee while he still covers the member (a revoked grant takes the case
 * from him), and those who may assign it (they supervise and may step in).
 */
export const canAct = (caller: Caller, c: Pick<CareCase, 'memberId' | 'branchId' | 'groupId' | 'assignee'>): boolean =>
  (c.assignee?.openid === caller.openid && canManageMember(caller, placementOfCase(c))) || canAssign(caller, placementOfCase(c));

/** Reading a case: the member himself, organisers who cover him (an assignee is one), sysadmin (masked). */
export const canReadCase = (caller: Caller, c: Pick<CareCase, 'memberId' | 'branchId' | 'groupId'>): boolean =>
  isSelf(caller, placementOfCase(c)) || canManageMember(caller, placementOfCase(c)) || hasRole(caller, 'sysadmin');

/** Family visits are logged by organisers who cover the member. */
export const canLogVisit = (caller: Caller, member: MemberPlacement): boolean => canManageMember(caller, member);

export type StatsUnit = { kind: 'county' } | { kind: 'branch'; id: string } | { kind: 'group'; id: string };

/**
 * The unit whose statistics the caller may read. A named branch: the county-wide roles or its
 * secretary; a named group: the county-wide roles or its cadre. No unit: the county for the
 * county-wide roles, else the caller's first own branch (or village group). null = forbidden.
 */
export function statsUnit(caller: Caller, ask: { branchId?: string; groupId?: string }): StatsUnit | null {
  const wide = isCountyWide(caller);
  const branches = secretaryBranchIds(caller);
  const groups = caller.grants.flatMap((g) => (g.role === 'cadre' ? [g.groupId] : []));
  if (ask.branchId) return wide || branches.includes(ask.branchId) ? { kind: 'branch', id: ask.branchId } : null;
  if (ask.groupId) return wide || groups.includes(ask.groupId) ? { kind: 'group', id: ask.groupId } : null;
  if (wide) return { kind: 'county' };
  if (branches.length) return { kind: 'branch', id: branches[0] };
  if (groups.length) return { kind: 'group', id: groups[0] };
  return null;
}

/** Whether the caller logs family visits anywhere (the 走访慰问 tile): a county, secretary or cadre grant (not sysadmin, not inflow). */
export const mayLogVisits = (caller: Caller): boolean => caller.grants.some((g) => g.role === 'county' || g.role === 'secretary' || g.role === 'cadre');
