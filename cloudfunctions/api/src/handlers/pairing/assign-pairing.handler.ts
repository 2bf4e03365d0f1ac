import type { ActionOutputs } from '@/contracts';
import { advancesLastContact } from '@/domain/pairing/contact.rules';
import { canAssignPairing, isCadreOf } from '@/domain/pairing/pairing-scope.rules';
import type { Pairing, PairingAssignInput } from '@/domain/pairing/pairing.schema';
import type { Member } from '@/domain/member/member.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { lastContactDays } from '../../repos/contacts.repo';
import { membersByIds } from '@shared/repos/members.repo';
import { getPairing, pairingsOf, putPairing, touchLastContact } from '../../repos/pairings.repo';
import { getUser } from '@shared/repos/users.repo';
import { requireAllMembers } from '@shared/auth/guards';

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
  const freshIds = members.filter((m) => !previous.has(m._id)).map((m) => m._id);
  const fresh = await lastContactDays(freshIds);
  const pairingOf = (m: Member, before: Pairing | undefined): Pairing => {
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
  };
  const pairings = await inTransaction(async (tx) => {
    const written: Pairing[] = [];
    for (const m of members) {
      // Read again inside the transaction: a contact logged since the first read moved the last contact.
      const p = pairingOf(m, (await getPairing(m._id, tx)) ?? previous.get(m._id));
      await putPairing(tx, p);
      written.push(p);
    }
    return written;
  });
  await catchUpLateContacts(pairings, freshIds);
  return { pairings };
}

/**
 * A contact logged for a newly paired member between reading his last contact and writing the
 * pairing found no pairing to move: read the logs once more and move the pairing forward (never back).
 */
async function catchUpLateContacts(pairings: Pairing[], freshIds: string[]): Promise<void> {
  const late = await lastContactDays(freshIds);
  const behind = pairings.filter((p) => {
    const l = late.get(p._id);
    return l !== undefined && l.day !== p.lastContactDay && advancesLastContact(p.lastContactDay, l.day);
  });
  if (!behind.length) return;
  await inTransaction(async (tx) => {
    for (const p of behind) {
      const l = late.get(p._id) as { day: string; at: number };
      const current = await getPairing(p._id, tx);
      if (!current || !advancesLastContact(current.lastContactDay, l.day)) continue;
      await touchLastContact(tx, p._id, l.at, l.day);
      Object.assign(p, { lastContactAt: l.at, lastContactDay: l.day });
    }
  });
}
