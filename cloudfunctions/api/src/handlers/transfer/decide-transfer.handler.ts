import type { ActionOutputs } from '@/contracts';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { canDecide } from '@/domain/transfer/transfer.rules';
import type { TransferDecideInput } from '@/domain/transfer/transfer.schema';
import type { Ctx } from '@shared/dispatch/context';
import { getTransfer } from '../../repos/transfers.repo';
import { applyTransfer } from './apply-transfer';
import { endTransfer } from './end-transfer';
import { transferView } from './transfer-views';

/** The receiving side (its secretary or the county) approves — the move happens — or refuses with a reason both sides see. */
export async function decideTransferHandler(input: TransferDecideInput, { caller, now }: Ctx): Promise<ActionOutputs['transfer.decide']> {
  const t = await getTransfer(input.transferId);
  if (!t) throw new AppError(ErrorCodes.TRANSFER_NOT_FOUND, '转接申请不存在');
  if (!canDecide(caller, t)) throw forbidden(`仅${t.to.branchName}书记或县委组织部可审核此转接`);
  if (t.state !== 'pending') throw new AppError(ErrorCodes.TRANSFER_CLOSED, '该转接已处理或已撤回');
  const done = input.approve ? await applyTransfer(t._id, caller, input.note ?? null, now) : await endTransfer(t._id, 'refused', caller, input.note ?? null, now);
  return { transfer: transferView(done) };
}
