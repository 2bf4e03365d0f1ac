import type { RoleOutputs } from '@/contracts/roles';
import { grantFrom } from '@/domain/roles/role-change.rules';
import type { OrganiserProfile } from '@/domain/roles/roles.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { patchInvitation } from '../../repos/roles.repo';
import { invitationOfToken, requireOpen } from './invitation-token';
import { changeRole } from './role-change';

/**
 * The invitee takes the role. One transaction marks the invitation used (its document is the
 * single-use lock: two accepts write it and the second conflicts, and its retry reads it used),
 * grants the role and audits the acceptance. An invitee who is not a member names himself with
 * the organiser profile; the inviter cannot accept his own invitation.
 */
export async function acceptInvitationHandler(input: { token: string; profile?: OrganiserProfile }, { caller, member, now }: Ctx): Promise<RoleOutputs['role.accept']> {
  const first = await invitationOfToken(input.token);
  requireOpen(first, now);
  if (first.createdBy === caller.openid) throw forbidden('不能接受自己发出的邀请，请由被邀请人扫码接受');
  if (!caller.memberId && !input.profile) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '请填写组织者资料（姓名、手机号）', [
      { path: 'profile.name', message: '请填写姓名' },
      { path: 'profile.phone', message: '请填写手机号' },
    ]);
  }
  const grant = grantFrom(first.role, first.unitId);
  try {
    const grants = await inTransaction(async (tx) => {
      const inv = await invitationOfToken(input.token, tx);
      requireOpen(inv, now);
      await patchInvitation(tx, inv._id, { usedBy: caller.openid, usedAt: now });
      return changeRole(
        { actor: caller, target: caller.openid, grant, revoke: false, via: 'invitation', kind: 'accept', invitationId: inv._id, grantor: { openid: inv.createdBy, name: inv.createdByName }, now, profile: member ? undefined : input.profile, member },
        tx,
      );
    });
    return { grants };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Lost the race for the invitation document: tell what the winner left.
    requireOpen(await invitationOfToken(input.token), now);
    throw err;
  }
}
