import type { ActionOutputs } from '@/contracts';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { canCancel } from '@/domain/transfer/transfer.rules';
import type { Ctx } from '@shared/dispatch/context';
import { getTransfer } from '../../repos/transfers.repo';
import { endTransfer } from './end-transfer';
import { transferView } from './transfer-views';

/** Whoever asked (the member, the releasing secretary) or the county withdraws a waiting transfer. */
export async function cancelTransferHandler(input: { transferId: string }, { caller, now }: Ctx): Promise<ActionOutputs['transfer.cancel']> {
  const t = await getTransfer(input.transferId);
  if (!t) throw new AppError(ErrorCodes.TRANSFER_NOT_FOUND, '转接申请不存在');
  if (!canCancel(caller, t)) throw forbidden('仅申请人或县委组织部可撤回此转接');
  return { transfer: transferView(await endTransfer(t._id, 'cancelled', caller, null, now)) };
}
