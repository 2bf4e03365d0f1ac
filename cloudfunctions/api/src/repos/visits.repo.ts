import type { Visit } from '@/domain/care/care.schema';
import { db, type DbHandle } from '@shared/platform/cloud';
import { allOf, defined, keysetAfter, withinUnits, type Units } from '@shared/repos/query';

const visits = (h: DbHandle) => h.collection('careVisits');

export async function insertVisit(tx: DbHandle, visit: Visit): Promise<void> {
  await visits(tx).add({ data: visit });
}

export interface VisitQuery {
  memberId?: string;
  branchId?: string;
  groupId?: string;
  year?: number;
  within?: Units | null;
  /** Keyset: after (day, _id) in descending order. */
  after?: { day: string; id: string };
}

/** One request: the newest visit days first, ties by `_id`. */
export async function queryVisits(query: VisitQuery, limit: number): Promise<Visit[]> {
  const eq = defined({ memberId: query.memberId, branchId: query.branchId, groupId: query.groupId, year: query.year });
  const where = allOf([eq, withinUnits(query.within), query.after && keysetAfter('day', query.after.day, query.after.id)]);
  const { data } = await visits(db).where(where).orderBy('day', 'desc').orderBy('_id', 'desc').limit(limit).get();
  return data as Visit[];
}
