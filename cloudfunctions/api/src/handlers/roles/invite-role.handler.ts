import { randomBytes } from 'node:crypto';
import type { RoleOutputs } from '@/contracts/roles';
import { canGrantRole, grantOf } from '@/domain/auth/grant.rules';
import { encodeInvitation, INVITATION_PAGE, INVITATION_TTL_MS } from '@/domain/roles/invitation.rules';
import { unitIdOf } from '@/domain/roles/role-change.rules';
import type { RoleInvitation, RoleInviteInput } from '@/domain/roles/roles.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { hmacSha256 } from '../../platform/crypto';
import { newId } from '@shared/platform/ids';
import { getJoinSecret } from '@shared/repos/config.repo';
import { addAudit, insertInvitation } from '../../repos/roles.repo';
import { requireUnit } from './role-unit';

/**
 * A signed, single-use invitation to one role: whoever may grant the role may invite to it. The
 * token goes into a QR code (drawn on the page) or a link; the invitee accepts with role.accept.
 */
export async function inviteRoleHandler(input: RoleInviteInput, { caller, now }: Ctx): Promise<RoleOutputs['role.invite']> {
  if (!canGrantRole(caller, input.role)) throw forbidden('无权邀请该角色');
  const grant = grantOf(input)!;
  await requireUnit(grant);
  const secret = await getJoinSecret();
  if (!secret) throw forbidden('县委组织部尚未初始化');
  // 18 random bytes: the id is also the document key, unguessable on its own.
  const id = randomBytes(18).toString('base64url');
  const inv: RoleInvitation = {
    _id: id,
    role: input.role,
    unitId: unitIdOf(grant),
    createdBy: caller.openid,
    createdByName: caller.name,
    createdAt: now,
    expiresAt: now + INVITATION_TTL_MS,
    usedBy: null,
    usedAt: null,
    cancelledAt: null,
  };
  await inTransaction(async (tx) => {
    await insertInvitation(tx, inv);
    await addAudit(tx, { _id: newId(now), at: now, kind: 'invite', actorOpenid: caller.openid, actorName: caller.name, targetOpenid: null, targetName: null, role: inv.role, unitId: inv.unitId, invitationId: id });
  });
  return { invitationId: id, token: encodeInvitation(hmacSha256, secret, id), page: INVITATION_PAGE, expiresAt: inv.expiresAt };
}
