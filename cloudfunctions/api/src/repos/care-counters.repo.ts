import type { CareCounters, CounterMoves } from '@/domain/care/counters.rules';
import { _, db, type DbHandle } from '../platform/cloud';
import { nestPaths } from './query';

/**
 * careCounters/<year>_county | <year>_b_<branchId> | <year>_g_<groupId> (src/domain/care/counters.rules.ts),
 * moved inside the transaction of the case or visit that changes them.
 */
const counters = (h: DbHandle) => h.collection('careCounters');

/**
 * One update per document; the cloud's update() does not upsert, so a document that is not there
 * yet (`updated: 0`) is inserted holding the moves. Two transactions creating it collide on its
 * `_id`; the loser rolls back and runTransaction retries it against the document now there.
 */
export async function moveCareCounters(tx: DbHandle, ids: string[], year: number, moves: CounterMoves, now: number): Promise<void> {
  if (!Object.keys(moves).length) return;
  for (const id of ids) {
    const data: Record<string, unknown> = { updatedAt: now };
    for (const [path, n] of Object.entries(moves)) data[path] = _.inc(n);
    const res = await counters(tx).doc(id).update({ data });
    if ((res?.stats?.updated ?? 0) > 0) continue;
    await counters(tx).add({ data: { _id: id, year, ...nestPaths(moves), updatedAt: now } });
  }
}

export async function getCareCounters(id: string): Promise<CareCounters | null> {
  return ((await counters(db).doc(id).get()).data as CareCounters | null) ?? null;
}

/**
 * A family counts once a year: `careVisitedFamilies/<year>_<memberId>` marks its first visit.
 * Read inside the visit's transaction; true when this visit is the first (the mark is then written).
 */
export async function markFamilyVisited(tx: DbHandle, year: number, memberId: string, now: number): Promise<boolean> {
  const id = `${year}_${memberId}`;
  const { data } = await tx.collection('careVisitedFamilies').doc(id).get();
  if (data) return false;
  await tx.collection('careVisitedFamilies').add({ data: { _id: id, year, memberId, at: now } });
  return true;
}
