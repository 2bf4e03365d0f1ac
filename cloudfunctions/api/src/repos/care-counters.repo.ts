import type { CareCounters, CounterMoves } from '@/domain/care/counters.rules';
import { db, type DbHandle } from '@shared/platform/cloud';
import { incOrInsert } from '@shared/repos/query';

/**
 * careCounters/<year>_county | <year>_b_<branchId> | <year>_g_<groupId> (src/domain/care/counters.rules.ts),
 * moved inside the transaction of the case or visit that changes them.
 */
const counters = (h: DbHandle) => h.collection('careCounters');

/** One update per document, or the insert of a document not there yet holding the moves (incOrInsert). */
export async function moveCareCounters(tx: DbHandle, ids: string[], year: number, moves: CounterMoves, now: number): Promise<void> {
  if (!Object.keys(moves).length) return;
  for (const id of ids) await incOrInsert(tx, 'careCounters', id, moves, now, { year });
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
