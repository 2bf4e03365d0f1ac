import type { ActionOutputs } from '@/contracts';
import { forbidden } from '@/domain/shared/errors';
import { hasRole } from '@/domain/auth/grant';
import { canMove, movesAtOnce } from '@/domain/transfer/transfer.rules';
import type { TransferMoveInput } from '@/domain/transfer/transfer.schema';
import type { Ctx } from '@shared/dispatch/context';
import { applyTransfer } from './apply-transfer';
import { openTransfer } from './open-transfer';
import { transferView } from './transfer-views';

/**
 * An organiser moves a member from his record: the county at once (it is both sides); his branch's
 * secretary releases him, and the receiving side accepts (transfer.decide) — at once when that is
 * his own branch (a new village group). Nobody else — a village cadre, sysadmin, another branch's
 * secretary — moves anyone.
 */
export async function moveMemberHandler(input: TransferMoveInput, ctx: Ctx): Promise<ActionOutputs['transfer.move']> {
  const { caller, now } = ctx;
  const atOnce = movesAtOnce(caller, input.toBranchId);
  const opened = await openTransfer(input.memberId, { branchId: input.toBranchId, groupId: input.toGroupId }, hasRole(caller, 'county') ? 'county' : 'release', input.note, ctx, (m) => {
    if (!canMove(caller, m)) throw forbidden('仅县委组织部或该党员所在支部书记可办理转接');
  });
  return { transfer: transferView(atOnce ? await applyTransfer(opened._id, caller, input.note ?? null, now) : opened) };
}
