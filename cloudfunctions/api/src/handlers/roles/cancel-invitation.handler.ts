import type { RoleOutputs } from '@/contracts/roles';
import { canGrantRole } from '@/domain/auth/grant.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { addAudit, getInvitation, patchInvitation } from '../../repos/roles.repo';
import { requireOpen } from './invitation-token';

/** Withdraws an open invitation (a QR shown to the wrong person, a link sent to the wrong chat): who may grant its role may. */
export async function cancelInvitationHandler(input: { invitationId: string }, { caller, now }: Ctx): Promise<RoleOutputs['role.cancelInvitation']> {
  const found = await getInvitation(input.invitationId);
  if (!found) throw new AppError(ErrorCodes.ROLE_INVITATION_INVALID, '邀请不存在');
  if (!canGrantRole(caller, found.role)) throw forbidden('无权撤回该邀请');
  await inTransaction(async (tx) => {
    const inv = await getInvitation(input.invitationId, tx);
    requireOpen(inv!, now);
    await patchInvitation(tx, inv!._id, { cancelledAt: now });
    await addAudit(tx, { _id: newId(now), at: now, kind: 'cancel', actorOpenid: caller.openid, actorName: caller.name, targetOpenid: null, targetName: null, role: inv!.role, unitId: inv!.unitId, invitationId: inv!._id });
  });
  return { cancelled: true };
}
