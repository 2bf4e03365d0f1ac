import type { ActionOutputs } from '@/contracts';
import { canAssignPairing, isCadreOf } from '@/domain/pairing/pairing-scope.rules';
import type { Pairing, PairingAssignInput } from '@/domain/pairing/pairing.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { inTransaction } from '../../platform/cloud';
import { lastContactDays } from '../../repos/contacts.repo';
import { membersByIds } from '../../repos/members.repo';
import { pairingsOf, putPairing } from '../../repos/pairings.repo';
import { getUser } from '../../repos/users.repo';
import { requireAllMembers } from '../guards';

/**
 * Makes one cadre responsible for each listed member (taking over from a previous cadre). All or
 * nothing: every member must be in the caller's scope and in a village the cadre holds a grant
 * for, checked before the one transaction that writes the pairings.
 */
export async function assignPairingHandler(input: PairingAssignInput, { caller, now }: Ctx): Promise<ActionOutputs['pairing.assign']> {
  const [members, cadre, existing] = await Promise.all([membersByIds(input.memberIds), getUser(input.cadreOpenid), pairingsOf(input.memberIds)]);
  requireAllMembers(members, input.memberIds);
  if (!members.every((m) => canAssignPairing(caller, m, input.cadreOpenid))) throw forbidden('无权为这些党员结对');
  if (!cadre || !members.every((m) => isCadreOf(cadre.grants, m.groupId))) throw forbidden('该村干部不负责这些党员所在的村');

  // A new pairing carries the member's last contact over (he may have been paired before, or contacted by his secretary).
  const previous = new Map(existing.map((p) => [p.memberId, p]));
  const fresh = await lastContactDays(members.filter((m) => !previous.has(m._id)).map((m) => m._id));
  const pairings: Pairing[] = members.map((m) => {
    const before = previous.get(m._id);
    const last = before ? { at: before.lastContactAt, day: before.lastContactDay } : fresh.get(m._id);
    return {
      _id: m._id,
      memberId: m._id,
      cadreOpenid: input.cadreOpenid,
      cadreName: cadre.name ?? '村干部',
      branchId: m.branchId,
      groupId: m.groupId,
      since: before?.cadreOpenid === input.cadreOpenid ? before.since : now,
      lastContactAt: last?.at ?? null,
      lastContactDay: last?.day ?? null,
    };
  });
  await inTransaction(async (tx) => {
    for (const p of pairings) await putPairing(tx, p);
  });
  return { pairings };
}
