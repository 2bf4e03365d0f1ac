import type { Caller } from '../auth/grant';
import { isCountyWide, secretaryBranchIds } from '../auth/scope.rules';

/** Opening, closing, publishing, and live counts: the county 组织部 (and sysadmin). */
export const mayManageAwards = (caller: Caller): boolean => isCountyWide(caller);

/** Organisers nominate; members do not (they vote), so every candidate comes with an organiser's word. */
export const mayNominateAny = (caller: Caller): boolean => caller.grants.some((g) => g.role !== 'sysadmin');

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
