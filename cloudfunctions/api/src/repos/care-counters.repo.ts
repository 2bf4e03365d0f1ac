import type { CareCounters, CounterMoves } from '@/domain/care/counters.rules';
import { db, type DbHandle } from '@shared/platform/cloud';
import { incOrInsert } from '@shared/repos/query';
import { isDuplicateKey } from '@shared/platform/db-errors';

/**
 * careCounters/<year>_county | <year>_b_<branchId> | <year>_g_<groupId> (src/domain/care/counters.rules.ts),
 * moved after the case or visit that changes them by atomic increments, never inside a transaction
 * (every organiser of the county writes the county document).
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
 * A family counts once a year: `careVisitedFamilies/<year>_<memberId>` marks its first visit. The
 * insert is the test: true when this visit wrote the mark, false when it was there (a duplicate).
 */
export async function markFamilyVisited(h: DbHandle, year: number, memberId: string, now: number): Promise<boolean> {
  try {
    await h.collection('careVisitedFamilies').add({ data: { _id: `${year}_${memberId}`, year, memberId, at: now } });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}
