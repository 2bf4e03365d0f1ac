import type { Caller } from '../auth/grant';
import { canManageMember, canReadMember, isSelf, supervisesMember, type MemberPlacement } from '../auth/scope.rules';
import { dashboardUnit } from '../stats/dashboard-scope.rules';
import type { CareCase } from './care.schema';

/**
 * Who may do what with care cases and family visits. "Covers the member" is auth's
 * canManageMember: the county 组织部, his branch's secretary, his home village's cadre.
 */

const placementOfCase = (c: Pick<CareCase, 'memberId' | 'branchId' | 'groupId'>): MemberPlacement => ({ _id: c.memberId, branchId: c.branchId, groupId: c.groupId });

/** A member files for himself; an organiser who covers him may file on his behalf. */
export const canFileFor = (caller: Caller, member: MemberPlacement): boolean => isSelf(caller, member) || canManageMember(caller, member);

/** Assigning is the county's or the member's branch secretary's call (not a village cadre's). */
export const canAssign = supervisesMember;

/** An assignee must be an organiser who covers the member (his grants, read from his users document). */
export const canBeAssignee = (assignee: Caller, member: MemberPlacement): boolean => canManageMember(assignee, member);

/**
 * Moving a case: its assignee while he still covers the member (a revoked grant takes the case
 * from him), and those who may assign it (they supervise and may step in).
 */
export const canAct = (caller: Caller, c: Pick<CareCase, 'memberId' | 'branchId' | 'groupId' | 'assignee'>): boolean =>
  (c.assignee?.openid === caller.openid && canManageMember(caller, placementOfCase(c))) || canAssign(caller, placementOfCase(c));

/** Reading a case: the member himself, organisers who cover him (an assignee is one), sysadmin (masked). */
export const canReadCase = (caller: Caller, c: Pick<CareCase, 'memberId' | 'branchId' | 'groupId'>): boolean => canReadMember(caller, placementOfCase(c));

/** Family visits are logged by organisers who cover the member. */
export const canLogVisit = (caller: Caller, member: MemberPlacement): boolean => canManageMember(caller, member);

export type StatsUnit = { kind: 'county' } | { kind: 'branch'; id: string } | { kind: 'group'; id: string };

/**
 * The unit whose statistics the caller may read: the dashboard's rule (stats/dashboard-scope),
 * with the county carrying no id, as in the counter ids and the care.stats output. null = forbidden.
 */
export function statsUnit(caller: Caller, ask: { branchId?: string; groupId?: string }): StatsUnit | null {
  const unit = dashboardUnit(caller, ask);
  return unit?.kind === 'county' ? { kind: 'county' } : unit;
}
