import type { ActionOutputs } from '@/contracts';
import { forbidden } from '@/domain/shared/errors';
import type { TransferRequestInput } from '@/domain/transfer/transfer.schema';
import type { Ctx } from '@shared/dispatch/context';
import { organiserOpenids } from '@shared/repos/notices.repo';
import { ownMemberId } from '@shared/auth/guards';
import { notifyTodo } from '../notify-todo';
import { branchOfScene, verifiedScene } from '../member/scene';
import { openTransfer } from './open-transfer';
import { transferView } from './transfer-views';

/**
 * A joined member who scanned another branch's code asks to move there (申请转入). The code must be
 * that branch's current one (a rotated or revoked poster gets its own message); his village group
 * stays unless he picks another. The receiving side decides (transfer.decide).
 */
export async function requestTransferHandler(input: TransferRequestInput, ctx: Ctx): Promise<ActionOutputs['transfer.request']> {
  const memberId = ownMemberId(ctx.caller, '，再申请转接');
  const branch = await branchOfScene(await verifiedScene(input.scene));
  const transfer = await openTransfer(memberId, { branchId: branch._id, groupId: input.groupId }, 'request', input.note, ctx, (m) => {
    if (m.openid !== ctx.caller.openid) throw forbidden();
  });
  const deciders = await organiserOpenids([{ role: 'secretary', branchId: branch._id }]);
  await notifyTodo('transfersToDecide', transfer._id, deciders, `${transfer.memberName}申请转入${branch.name}`, { openid: ctx.caller.openid, now: ctx.now });
  return { transfer: transferView(transfer) };
}
