import { parseUnitKey, type CounterDelta } from '@/domain/stats/counter.rules';
import { isMissingCollection } from '@shared/platform/db-errors';
import { _, db, type DbHandle } from '@shared/platform/cloud';

/**
 * The member counters on the branch and group documents (src/domain/stats/counter.rules.ts), and
 * the indexed counts the dashboard needs. Every read here is one request whatever the number of
 * members.
 */

/**
 * Moves the counters by atomic increments, ONE update per unit (memberCount, lostCount and the
 * cities together), never inside a transaction (every member of a unit writes its document).
 * Answers the keys of units that do not exist (`updated: 0`).
 */
export async function applyCounterDeltas(tx: DbHandle, deltas: Map<string, CounterDelta>): Promise<string[]> {
  const missing: string[] = [];
  for (const [key, d] of deltas) {
    const { kind, id } = parseUnitKey(key);
    const data: Record<string, unknown> = {};
    if (d.members) data.memberCount = _.inc(d.members);
    if (d.lost) data.lostCount = _.inc(d.lost);
    for (const [city, n] of Object.entries(d.byCity)) data[`cityCounts.${city}`] = _.inc(n);
    if (d.ended) data.endedCount = _.inc(d.ended);
    for (const [reason, n] of Object.entries(d.byReason ?? {})) data[`endedByReason.${reason}`] = _.inc(n);
    const res = await tx.collection(kind === 'branch' ? 'branches' : 'groups').doc(id).update({ data });
    if ((res?.stats?.updated ?? 0) === 0) missing.push(key);
  }
  return missing;
}

/** One count() request; a collection not created yet (an area not deployed) counts 0. */
async function countWhere(collection: string, where: object): Promise<number> {
  try {
    const { total } = await db.collection(collection).where(where).count();
    return total as number;
  } catch (err) {
    if (isMissingCollection(err)) return 0;
    throw err;
  }
}

/** The dashboard's placement filter on pairings / contacts: the whole county, a branch or a group. */
export type UnitFilter = { branchId: string } | { groupId: string } | Record<string, never>;

export const countPairings = (unit: UnitFilter) => countWhere('pairings', unit);
export const countContacts = (unit: UnitFilter, month: string) => countWhere('contacts', { ...unit, month });

/** Users holding a cadre grant: any (county), or for this village group (index users.grants_role). */
export const countCadres = (groupId?: string) => countWhere('users', groupId ? { grants: _.elemMatch({ role: 'cadre', groupId }) } : { 'grants.role': 'cadre' });

/** Branches under a 流动党委. */
export const countChildBranches = (parentId: string) => countWhere('branches', { parentId });

/** Distinct cadres pairing members of a branch: one aggregate (group by cadre, then count). */
export async function countPairingCadres(branchId: string): Promise<number> {
  try {
    const { list } = await db.collection('pairings').aggregate().match({ branchId }).group({ _id: '$cadreOpenid' }).count('n').end();
    return (list as { n: number }[])[0]?.n ?? 0;
  } catch (err) {
    if (isMissingCollection(err)) return 0;
    throw err;
  }
}
