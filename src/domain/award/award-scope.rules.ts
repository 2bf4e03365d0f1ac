import { hasRole, type Caller } from '../auth/grant';
import { cadreGroupIds, isCountyWide, secretaryBranchIds } from '../auth/scope.rules';

/** Opening, closing, publishing, and live counts: the county 组织部 (and sysadmin). */
export const mayManageAwards = (caller: Caller): boolean => isCountyWide(caller);

export type Candidate = { kind: 'branch'; branchId: string } | { kind: 'member'; branchId: string; groupId: string };

/**
 * Within scope: the county nominates anyone; a branch secretary his branch and its members; a
 * village cadre the members of his group (a cadre runs no branch, so no 流动党组织).
 */
export function mayNominate(caller: Caller, candidate: Candidate): boolean {
  if (hasRole(caller, 'county')) return true;
  if (secretaryBranchIds(caller).includes(candidate.branchId)) return true;
  return candidate.kind === 'member' && cadreGroupIds(caller).includes(candidate.groupId);
}

/** Counts during voting are the county's; everyone sees them once published. */
export const maySeeCounts = (caller: Caller, status: 'open' | 'closed' | 'published'): boolean => status === 'published' || isCountyWide(caller);
