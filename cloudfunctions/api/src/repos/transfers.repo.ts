import type { Transfer, TransferState } from '@/domain/transfer/transfer.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { allOf } from '@shared/repos/query';

const transfers = (h: DbHandle) => h.collection('transfers');

export async function getTransfer(id: string, h: DbHandle = db): Promise<Transfer | null> {
  return ((await transfers(h).doc(id).get()).data as Transfer | null) ?? null;
}

export async function insertTransfer(tx: DbHandle, t: Transfer): Promise<void> {
  await transfers(tx).add({ data: t });
}

export async function closeTransfer(tx: DbHandle, id: string, patch: { state: TransferState; decidedBy: Transfer['decidedBy']; decidedAt: number; decisionNote: string | null }): Promise<void> {
  await transfers(tx)
    .doc(id)
    .update({ data: { state: patch.state, decidedBy: _.set(patch.decidedBy), decidedAt: patch.decidedAt, decisionNote: patch.decisionNote } });
}

export interface TransferQuery {
  /** to.branchId / from.branchId within these (null: any branch). */
  toBranchIds?: string[] | null;
  fromBranchIds?: string[] | null;
  memberId?: string;
  pendingOnly: boolean;
  before?: string;
}

/** Newest first by `_id` (time-sortable): one request. */
export async function queryTransfers(q: TransferQuery, limit: number): Promise<Transfer[]> {
  const where = allOf(
    [
      q.toBranchIds ? { 'to.branchId': _.in(q.toBranchIds) } : null,
      q.fromBranchIds ? { 'from.branchId': _.in(q.fromBranchIds) } : null,
      q.memberId ? { memberId: q.memberId } : null,
      q.pendingOnly ? { state: 'pending' } : null,
    ],
    q.before,
  );
  const { data } = await transfers(db).where(where).orderBy('_id', 'desc').limit(limit).get();
  return data as Transfer[];
}
