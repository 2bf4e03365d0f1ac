import type { Caller } from '../auth/grant';
import { hasRole } from '../auth/grant';
import { secretaryBranchIds, supervisesMember, isSelf, type MemberPlacement } from '../auth/scope.rules';
import type { CareCase } from '../care/care.schema';
import { isClosed } from '../care/case.rules';
import type { Transfer } from './transfer.schema';

/**
 * Who moves members between branches, and what moves with them (docs/decisions/transfer.md).
 * A branch's side is its secretary; the county 组织部 is on every side. sysadmin and village cadres
 * move nobody: a cadre's scope is his village, not a branch.
 */

/** Speaks for a branch in a transfer: the county or that branch's secretary. */
export const speaksFor = (caller: Caller, branchId: string): boolean => supervisesMember(caller, { branchId });

/** An organiser may start a move from the member's record: the county, or the secretary of the branch he leaves (a release). */
export const canMove = (caller: Caller, member: Pick<MemberPlacement, 'branchId'>): boolean => speaksFor(caller, member.branchId);

/**
 * A move is carried out at once when its mover also speaks for the receiving side (the county
 * anywhere; a secretary moving a member to another village group within his own branch); a
 * release to another branch, like a member's request, waits for the receiving side.
 */
export const movesAtOnce = (caller: Caller, toBranchId: string): boolean => speaksFor(caller, toBranchId);

/** Approving or refusing: the receiving side (a third branch's secretary, and the leaving side, may not). */
export const canDecide = (caller: Caller, t: Pick<Transfer, 'to'>): boolean => speaksFor(caller, t.to.branchId);

/** Withdrawing a waiting transfer: whoever asked for it (the member, the releasing secretary) or the county. */
export const canCancel = (caller: Caller, t: Pick<Transfer, 'memberId' | 'kind' | 'from' | 'requestedBy'>): boolean =>
  t.requestedBy.openid === caller.openid || hasRole(caller, 'county') || (t.kind === 'release' && secretaryBranchIds(caller).includes(t.from.branchId));

/** Seeing a transfer: the member, both sides, the county. */
export const canSeeTransfer = (caller: Caller, t: Pick<Transfer, 'memberId' | 'from' | 'to'>): boolean =>
  isSelf(caller, { _id: t.memberId, branchId: t.from.branchId, groupId: t.from.groupId }) || speaksFor(caller, t.from.branchId) || speaksFor(caller, t.to.branchId);

export type TransferRefusal = 'same_branch' | 'pending' | 'ended' | null;

/**
 * Why a member cannot be offered a move to `to` now. Staying in his branch is a move only when his
 * village group changes (a wrong pick at join, or a new home village).
 */
export function transferRefusal(
  member: { branchId: string; groupId: string; ended?: boolean; pendingTransferId?: string | null },
  to: { branchId: string; groupId: string },
): TransferRefusal {
  if (member.ended) return 'ended';
  if (member.branchId === to.branchId && member.groupId === to.groupId) return 'same_branch';
  return member.pendingTransferId ? 'pending' : null;
}

/**
 * What an approved move does to one of his care cases. A closed case stays where it was counted
 * (its statistics year is over for it); an open one follows him, so the new branch's secretary
 * can work it and the old one stops seeing it. Its assignee keeps it only if he still covers the
 * member at his new place (`assigneeCovers`); otherwise it waits for the new side to assign it.
 */
export function caseAfterMove(
  c: Pick<CareCase, 'state' | 'assignee' | 'branchId' | 'groupId' | 'version' | 'timeline'>,
  to: { branchId: string; groupId: string },
  assigneeCovers: boolean,
): { follows: false } | { follows: true; branchId: string; groupId: string; keepsAssignee: boolean } {
  if (isClosed(c.state)) return { follows: false };
  return { follows: true, branchId: to.branchId, groupId: to.groupId, keepsAssignee: Boolean(c.assignee) && assigneeCovers };
}

/** Has moves to decide somewhere (the 转接审核 page): the county, or a secretary of some branch. */
export const decidesMoves = (caller: Caller): boolean => hasRole(caller, 'county') || secretaryBranchIds(caller).length > 0;
