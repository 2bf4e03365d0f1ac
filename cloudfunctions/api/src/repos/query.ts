import type { DbHandle } from '../platform/cloud';

/** The cloud caps one get() at 1000 records: page through with skip until a short page. */
export async function getAll<T>(h: DbHandle, collection: string, where: object = {}, orderBy: [string, 'asc' | 'desc'] = ['_id', 'asc']): Promise<T[]> {
  const PAGE = 1000;
  const out: T[] = [];
  for (let skip = 0; ; skip += PAGE) {
    let q = h.collection(collection).where(where).orderBy(orderBy[0], orderBy[1]);
    if (skip) q = q.skip(skip);
    const { data } = await q.limit(PAGE).get();
    out.push(...(data as T[]));
    if (data.length < PAGE) return out;
  }
}

/** Drops undefined values: the SDK would otherwise send them as nulls or reject them. */
export function defined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
