import type { Caller } from '@/domain/auth/grant';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Transfer } from '@/domain/transfer/transfer.schema';
import { inTransaction } from '@shared/platform/cloud';
import { getMember, patchMember } from '@shared/repos/members.repo';
import { closeTransfer, getTransfer } from '../../repos/transfers.repo';

/** Refuses or withdraws a waiting transfer: the transfer closes and his record is free for another, in one transaction. */
export async function endTransfer(id: string, state: 'refused' | 'cancelled', by: Caller, note: string | null, now: number): Promise<Transfer> {
  return inTransaction<Transfer>(async (tx) => {
    const t = await getTransfer(id, tx);
    if (!t || t.state !== 'pending') throw new AppError(ErrorCodes.TRANSFER_CLOSED, '该转接已处理或已撤回');
    const decided = { state, decidedBy: { openid: by.openid, name: by.name }, decidedAt: now, decisionNote: note };
    await closeTransfer(tx, id, decided);
    const member = await getMember(t.memberId, tx);
    if (member?.pendingTransferId === id) await patchMember(tx, t.memberId, { pendingTransferId: null, updatedAt: now });
    return { ...t, ...decided };
  }).catch(async (err) => {
    if (!(err instanceof AppError) && (await getTransfer(id))?.state !== 'pending') throw new AppError(ErrorCodes.TRANSFER_CLOSED, '该转接已处理或已撤回');
    throw err;
  });
}
