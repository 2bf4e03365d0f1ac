import type { RoleOutputs } from '@/contracts/roles';
import { sameGrant } from '@/domain/auth/grant';
import { invitationState } from '@/domain/roles/invitation.rules';
import { grantFrom } from '@/domain/roles/role-change.rules';
import type { Ctx } from '@shared/dispatch/context';
import { invitationOfToken } from './invitation-token';
import { unitNameOf } from './role-unit';

/** What the invitee sees before accepting: the role, its unit, who invites him, and whether it is still open. */
export async function previewInvitationHandler(input: { token: string }, { caller, now }: Ctx): Promise<RoleOutputs['role.invitation']> {
  const inv = await invitationOfToken(input.token);
  const grant = grantFrom(inv.role, inv.unitId);
  return {
    role: inv.role,
    unitName: await unitNameOf(grant),
    invitedByName: inv.createdByName,
    expiresAt: inv.expiresAt,
    state: invitationState(inv, now),
    needsProfile: caller.memberId === null,
    held: caller.grants.some((g) => sameGrant(g, grant)),
  };
}
