import type { Visit } from '@/domain/care/care.schema';
import { _, db, type DbHandle } from '../platform/cloud';
import { defined } from './query';

const visits = (h: DbHandle) => h.collection('careVisits');

export async function insertVisit(tx: DbHandle, visit: Visit): Promise<void> {
  await visits(tx).add({ data: visit });
}

export interface VisitQuery {
  memberId?: string;
  branchId?: string;
  groupId?: string;
  year?: number;
  within?: { branchIds: string[]; groupIds: string[] };
  /** Keyset: after (day, _id) in descending order. */
  after?: { day: string; id: string };
}

/** One request: the newest visit days first, ties by `_id`. */
export async function queryVisits(query: VisitQuery, limit: number): Promise<Visit[]> {
  const conds: object[] = [];
  const eq = defined({ memberId: query.memberId, branchId: query.branchId, groupId: query.groupId, year: query.year });
  if (Object.keys(eq).length) conds.push(eq);
  if (query.within) {
    const anyOf: object[] = [];
    if (query.within.branchIds.length) anyOf.push({ branchId: _.in(query.within.branchIds) });
    if (query.within.groupIds.length) anyOf.push({ groupId: _.in(query.within.groupIds) });
    conds.push(anyOf.length === 1 ? anyOf[0] : _.or(anyOf));
  }
  if (query.after) conds.push(_.or([{ day: _.lt(query.after.day) }, { day: query.after.day, _id: _.lt(query.after.id) }]));
  const where = conds.length === 0 ? {} : conds.length === 1 ? conds[0] : _.and(conds);
  const { data } = await visits(db).where(where).orderBy('day', 'desc').orderBy('_id', 'desc').limit(limit).get();
  return data as Visit[];
}
