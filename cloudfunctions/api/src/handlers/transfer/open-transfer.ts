import type { Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { transferRefusal } from '@/domain/transfer/transfer.rules';
import type { Transfer, TransferKind, TransferSide } from '@/domain/transfer/transfer.schema';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { getMember, patchMember } from '@shared/repos/members.repo';
import { insertTransfer } from '../../repos/transfers.repo';
import { existingMember } from '@shared/auth/guards';
import { sideOf } from './transfer-views';

/** The refusals every way into a transfer shares, in Chinese. */
export function refuseTransfer(member: Pick<Member, 'branchId' | 'groupId' | 'ended' | 'pendingTransferId'>, to: TransferSide): void {
  const refused = transferRefusal(member, to);
  if (refused === 'same_branch') throw new AppError(ErrorCodes.TRANSFER_SAME_BRANCH, `已是${to.branchName}的党员，无需转入`);
  if (refused === 'pending') throw new AppError(ErrorCodes.TRANSFER_PENDING, '已有一项转接申请待审核，请等待处理或先撤回');
  if (refused === 'ended') throw new AppError(ErrorCodes.MEMBER_MOBILITY_ENDED, '该党员的流动党员身份已结束，档案只读；如需转接请先恢复');
}

/**
 * Files a waiting transfer. One transaction over the member's own record and the new transfer:
 * his record's `pendingTransferId` is the lock, so two requests at once leave exactly one (the
 * other transaction conflicts on his record, or finds the first one's id and is refused).
 */
export async function openTransfer(
  memberId: string,
  to: { branchId: string; groupId?: string },
  kind: TransferKind,
  note: string | undefined,
  { caller, now }: Ctx,
  check: (member: Member) => void,
): Promise<Transfer> {
  const first = existingMember(await getMember(memberId));
  check(first);
  const toSide = await sideOf(to.branchId, to.groupId ?? first.groupId);
  refuseTransfer(first, toSide);
  const from: TransferSide = await sideOf(first.branchId, first.groupId);
  return inTransaction<Transfer>(async (tx) => {
    const member = existingMember(await getMember(memberId, tx));
    check(member);
    refuseTransfer(member, toSide);
    // He moved between the reads (a decision landed meanwhile): the sides read above are stale.
    if (member.branchId !== from.branchId || member.groupId !== from.groupId) throw new AppError(ErrorCodes.SYSTEM_BUSY, '党员信息刚刚变化，请刷新后重试');
    const transfer: Transfer = {
      _id: newId(now),
      memberId,
      memberName: member.name,
      kind,
      state: 'pending',
      from,
      to: toSide,
      note: note ?? null,
      requestedBy: { openid: caller.openid, name: caller.name },
      requestedAt: now,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
    };
    await insertTransfer(tx, transfer);
    await patchMember(tx, memberId, { pendingTransferId: transfer._id, updatedAt: now });
    return transfer;
  }).catch(async (err) => {
    // A concurrent request won the race on his record (a transaction conflict): say what it left.
    if (!(err instanceof AppError) && (await getMember(memberId))?.pendingTransferId) throw new AppError(ErrorCodes.TRANSFER_PENDING, '已有一项转接申请待审核，请等待处理或先撤回');
    throw err;
  });
}
