import { _, db } from '@shared/platform/cloud';

/** A job document with the fields that name its files in storage. */
export type JobRow = { _id: string } & Record<string, unknown>;

/** The oldest `limit` documents of `collection` untouched since `cutoff` (ms), oldest first, with `fields`. */
export async function staleJobs(collection: string, fields: readonly string[], cutoff: number, limit: number): Promise<JobRow[]> {
  const { data } = await db
    .collection(collection)
    .where({ updatedAt: _.lt(cutoff) })
    .orderBy('updatedAt', 'asc')
    .field(Object.fromEntries(fields.map((f) => [f, true])))
    .limit(limit)
    .get();
  return data as JobRow[];
}

export async function removeJobs(collection: string, ids: string[]): Promise<void> {
  if (ids.length) await db.collection(collection).where({ _id: _.in(ids) }).remove();
}
