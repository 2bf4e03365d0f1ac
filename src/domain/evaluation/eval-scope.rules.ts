import type { Caller } from '../auth/grant';
import { isCountyWide, secretaryBranchIds } from '../auth/scope.rules';

/** Opening, closing and reading every result of a round: the county 组织部 (and sysadmin). */
export const mayManageEval = (caller: Caller): boolean => isCountyWide(caller);

/** The reviewers a round names; only they score. */
export const isReviewer = (caller: Caller, round: { reviewerOpenids: string[] }): boolean => round.reviewerOpenids.includes(caller.openid);

/**
 * A secretary is not scored by himself: a reviewer who is among a branch's secretaries skips it —
 * those snapshotted at opening, and whoever runs the branch now (a grant given during the round).
 */
export const isOwnEvaluee = (caller: Caller, evaluee: { branchId: string; openids: string[] }): boolean =>
  evaluee.openids.includes(caller.openid) || secretaryBranchIds(caller).includes(evaluee.branchId);

/** Branch kinds whose secretaries are evaluated: the flow branches (a 流动党委 is a committee, not a branch). */
export const evaluatedKinds = ['流动党支部', '云支部'] as const;
