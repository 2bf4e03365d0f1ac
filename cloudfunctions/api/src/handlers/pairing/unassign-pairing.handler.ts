import type { ActionOutputs } from '@/contracts';
import { canUnassignPairing } from '@/domain/pairing/pairing-scope.rules';
import type { Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { membersByIds } from '@shared/repos/members.repo';
import { getPairing, pairingsOf, removePairing } from '../../repos/pairings.repo';
import { requireAllMembers } from '@shared/auth/guards';

/** Ends the listed members' pairings (their contact logs stay). All or nothing. */
export async function unassignPairingHandler(input: { memberIds: string[] }, { caller }: Ctx): Promise<ActionOutputs['pairing.unassign']> {
  const [members, pairings] = await Promise.all([membersByIds(input.memberIds), pairingsOf(input.memberIds)]);
  requireAllMembers(members, input.memberIds);
  const byMember = new Map(pairings.map((p) => [p.memberId, p]));
  if (!members.every((m) => canUnassignPairing(caller, m, byMember.get(m._id) ?? null))) throw forbidden('无权解除这些党员的结对');
  if (pairings.length !== members.length) throw new AppError(ErrorCodes.PAIRING_NOT_FOUND, '有党员尚未结对');
  const memberOf = new Map(members.map((m) => [m._id, m]));
  await inTransaction(async (tx) => {
    for (const id of input.memberIds) {
      // Checked again on the pairing as it is now: another call may have handed him to another cadre meanwhile.
      const current = await getPairing(id, tx);
      if (!current) throw new AppError(ErrorCodes.PAIRING_NOT_FOUND, '有党员尚未结对');
      if (!canUnassignPairing(caller, memberOf.get(id) as Member, current)) throw forbidden('无权解除这些党员的结对');
      await removePairing(tx, id);
    }
  });
  return { removed: input.memberIds.length };
}
