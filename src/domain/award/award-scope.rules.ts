import type { Caller } from '../auth/grant';
import { isCountyWide, secretaryBranchIds } from '../auth/scope.rules';

/** Opening, closing, publishing, and live counts: the county 组织部 (and sysadmin). */
export const mayManageAwards = (caller: Caller): boolean => isCountyWide(caller);

/** Organisers nominate; members do not (they vote), so every candidate comes with an organiser's word. (An inflow organiser runs none of our units.) */
export const mayNominateAny = (caller: Caller): boolean => caller.grants.some((g) => g.role !== 'sysadmin' && g.role !== 'inflow');

/**
 * Campaigns, candidates (members' names, branches, reasons) and results are for our own people:
 * joined members and our organisers. Not for a WeChat user who never joined, nor for an inflow
 * organiser, who sees only the agreed fields of his co-managed members.
 */
export const mayViewAwards = (caller: Caller): boolean => caller.memberId !== null || caller.grants.some((g) => g.role !== 'inflow');

export type Candidate = { kind: 'branch'; branchId: string } | { kind: 'member'; branchId: string; groupId: string };

/**
 * Within scope: the county nominates anyone; a branch secretary his branch and its members; a
 * village cadre the members of his group (a cadre runs no branch, so no 流动党组织).
 */
export function mayNominate(caller: Caller, candidate: Candidate): boolean {
  if (caller.grants.some((g) => g.role === 'county')) return true;
  if (secretaryBranchIds(caller).includes(candidate.branchId)) return true;
  return candidate.kind === 'member' && caller.grants.some((g) => g.role === 'cadre' && g.groupId === candidate.groupId);
}

/** Counts during voting are the county's; everyone sees them once published. */
export const maySeeCounts = (caller: Caller, status: 'open' | 'closed' | 'published'): boolean => status === 'published' || isCountyWide(caller);
