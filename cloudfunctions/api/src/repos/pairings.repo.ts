import type { Pairing } from '@/domain/pairing/pairing.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { byIds, getAll } from '@shared/repos/query';

/** `pairings/<memberId>`: one responsible cadre per member. */
const pairings = (h: DbHandle) => h.collection('pairings');

export async function getPairing(memberId: string, h: DbHandle = db): Promise<Pairing | null> {
  return ((await pairings(h).doc(memberId).get()).data as Pairing | null) ?? null;
}

/** Pairings of these members (one request per 1000 ids). */
export const pairingsOf = (memberIds: string[]): Promise<Pairing[]> => byIds<Pairing>(db, 'pairings', memberIds);

/** A cadre's members (index cadre_since). */
/** The pairings of one village group (its members' responsible cadres), every page of them. */
export const pairingsOfGroup = (groupId: string): Promise<Pairing[]> => getAll<Pairing>(db, 'pairings', { groupId });

export const pairingsOfCadre = (cadreOpenid: string): Promise<Pairing[]> => getAll<Pairing>(db, 'pairings', { cadreOpenid });

/** Replaces the member's pairing whole (a new cadre takes over; the last contact is carried over by the caller). */
export async function putPairing(tx: DbHandle, p: Pairing): Promise<void> {
  const { _id, ...rest } = p;
  await pairings(tx).doc(_id).set({ data: rest });
}

/** Ends every pairing of a cadre in one village (his grant there was revoked): one request. */
export async function endPairingsOfCadre(cadreOpenid: string, groupId: string): Promise<void> {
  await pairings(db).where({ cadreOpenid, groupId }).remove();
}

export async function removePairing(tx: DbHandle, memberId: string): Promise<void> {
  await pairings(tx).doc(memberId).remove();
}

export async function touchLastContact(tx: DbHandle, memberId: string, at: number, day: string): Promise<void> {
  await pairings(tx).doc(memberId).update({ data: { lastContactAt: at, lastContactDay: day } });
}

/** `config/pairing`: the gap monitor's periods (absent: the domain defaults apply). */
export async function getGapConfig(): Promise<Record<string, unknown> | null> {
  return ((await db.collection('config').doc('pairing').get()).data as Record<string, unknown> | null) ?? null;
}

/** The cadres of a village group: users holding a cadre grant for it (index grants_group on users). */
export async function cadresOfGroup(groupId: string): Promise<{ openid: string; name: string | null }[]> {
  const { data } = await db.collection('users').where({ grants: _.elemMatch({ role: 'cadre', groupId }) }).field({ _id: true, name: true }).limit(100).get();
  return (data as { _id: string; name: string | null }[]).map((u) => ({ openid: u._id, name: u.name }));
}

/** The member moved to another branch (same village): his pairing follows. */
export async function movePairing(tx: DbHandle, memberId: string, branchId: string): Promise<void> {
  await pairings(tx).doc(memberId).update({ data: { branchId } });
}

/** A cadre named himself: his pairings (which carry his name for members and the ledger's 结对干部 column) follow. */
export async function renameCadre(cadreOpenid: string, cadreName: string): Promise<void> {
  await pairings(db).where({ cadreOpenid }).update({ data: { cadreName } });
}
