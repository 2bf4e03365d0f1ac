import { decodeInvitation, invitationState, invitationStateLabels } from '@/domain/roles/invitation.rules';
import type { RoleInvitation } from '@/domain/roles/roles.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { DbHandle } from '@shared/platform/cloud';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '@shared/repos/config.repo';
import { getInvitation } from '../../repos/roles.repo';

const invalid = () => new AppError(ErrorCodes.ROLE_INVITATION_INVALID, '邀请无效，请向邀请人索取新的邀请');

/** The invitation a token names, verified before any read: a forged or altered token reads nothing. */
export async function invitationOfToken(token: string, h?: DbHandle): Promise<RoleInvitation> {
  const secret = await getJoinSecret();
  const id = secret ? decodeInvitation(hmacSha256, secret, token) : null;
  if (!id) throw invalid();
  const inv = await getInvitation(id, h);
  if (!inv) throw invalid();
  return inv;
}

/** Refuses a used, expired or withdrawn invitation, saying which. */
export function requireOpen(inv: RoleInvitation, now: number): void {
  const state = invitationState(inv, now);
  if (state !== 'open') throw new AppError(ErrorCodes.ROLE_INVITATION_CLOSED, `该邀请${invitationStateLabels[state]}，请向邀请人索取新的邀请`);
}
