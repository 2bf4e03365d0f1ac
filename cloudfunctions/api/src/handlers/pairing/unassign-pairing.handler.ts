import type { ActionOutputs } from '@/contracts';
import { canUnassignPairing } from '@/domain/pairing/pairing-scope.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { inTransaction } from '../../platform/cloud';
import { membersByIds } from '../../repos/members.repo';
import { pairingsOf, removePairing } from '../../repos/pairings.repo';
import { requireAllMembers } from '../guards';

/** Ends the listed members' pairings (their contact logs stay). All or nothing. */
export async function unassignPairingHandler(input: { memberIds: string[] }, { caller }: Ctx): Promise<ActionOutputs['pairing.unassign']> {
  const [members, pairings] = await Promise.all([membersByIds(input.memberIds), pairingsOf(input.memberIds)]);
  requireAllMembers(members, input.memberIds);
  const byMember = new Map(pairings.map((p) => [p.memberId, p]));
  if (!members.every((m) => canUnassignPairing(caller, m, byMember.get(m._id) ?? null))) throw forbidden('无权解除这些党员的结对');
  if (pairings.length !== members.length) throw new AppError(ErrorCodes.PAIRING_NOT_FOUND, '有党员尚未结对');
  await inTransaction(async (tx) => {
    for (const id of input.memberIds) await removePairing(tx, id);
  });
  return { removed: input.memberIds.length };
}
