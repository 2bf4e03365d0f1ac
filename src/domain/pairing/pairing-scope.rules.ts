import type { Caller } from '../auth/grant';
import { hasRole } from '../auth/grant';
import { cadreGroupIds, isCountyWide, secretaryBranchIds, supervisesMember, type MemberPlacement } from '../auth/scope.rules';
import type { ContactRole, Pairing } from './pairing.schema';

/** Holds a village-cadre grant for this group. */
export const isCadreOf = (grants: Caller['grants'], groupId: string): boolean => cadreGroupIds({ grants }).includes(groupId);

/**
 * Who pairs (or unpairs) a member with a cadre: the county, the member's branch secretary, or a
 * cadre of the member's own village taking him on himself. The target cadre must hold a cadre
 * grant for the member's village in every case (checked with `isCadreOf` on his grants).
 */
export function canAssignPairing(caller: Caller, member: MemberPlacement, cadreOpenid: string): boolean {
  return supervisesMember(caller, member) || (cadreOpenid === caller.openid && isCadreOf(caller.grants, member.groupId));
}

/**
 * Unpairing: the county, the branch secretary, or the responsible cadre letting go of his own
 * member while still a cadre of the member's village (a pairing left behind by a revoked grant
 * is no right to write).
 */
export function canUnassignPairing(caller: Caller, member: MemberPlacement, pairing: Pairing | null): boolean {
  return supervisesMember(caller, member) || (pairing !== null && pairing.cadreOpenid === caller.openid && isCadreOf(caller.grants, member.groupId));
}

/**
 * In which capacity the caller may log a contact with the member, or null: the county, the branch
 * secretary, his responsible cadre (still a cadre of the member's village), or an inflow organiser
 * whose agreement covers the member and includes contact logs (`inflowMayLog`, from the agreement rules).
 */
export function contactRoleOf(caller: Caller, member: MemberPlacement, pairing: Pairing | null, inflowMayLog: boolean): ContactRole | null {
  if (hasRole(caller, 'county')) return 'county';
  if (secretaryBranchIds(caller).includes(member.branchId)) return 'secretary';
  if (pairing?.cadreOpenid === caller.openid && isCadreOf(caller.grants, member.groupId)) return 'cadre';
  if (inflowMayLog) return 'inflow';
  return null;
}

/** Who may pair members (the page offers the assignment panel): the county and secretaries; a cadre only to himself. */
export const mayAssignOthers = (caller: Caller): boolean => caller.grants.some((g) => g.role === 'county' || g.role === 'secretary');

/**
 * Who sees a village's cadres (their openids, to pair members with): the county-wide roles and
 * secretaries (their members come from any village); a village cadre only his own village's.
 */
export const mayListCadres = (caller: Caller, groupId: string): boolean => isCountyWide(caller) || mayAssignOthers(caller) || isCadreOf(caller.grants, groupId);
