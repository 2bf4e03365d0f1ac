import type { LocalCloud } from '../localcloud/server';

export { localSdkDb as sdkDb } from '../localcloud/sdk-db';

/** Seeds in batches of 1,000: far faster than joining members one by one through the function. */
const BATCH = 1000;

export async function addAll(db: any, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) await db.collection(collection).add({ data: docs.slice(i, i + BATCH) });
}

export type Call = (openid: string, action: string, payload?: unknown) => Promise<any>;

/** Calls an api action as `openid`; a failure envelope throws (a bench must not measure errors). */
export const caller = (lc: LocalCloud): Call => async (openid, action, payload = {}) => {
  const res = (await lc.invoke('api', { action, payload }, { openid })) as { ok: boolean; data?: unknown; error?: unknown };
  if (!res.ok) throw new Error(`${action}: ${JSON.stringify(res.error)}`);
  return res.data;
};

/** Database requests one call makes, as counted by the local cloud's /admin endpoint. */
export async function requestsOf(lc: LocalCloud, fn: () => Promise<unknown>): Promise<number> {
  lc.stats.reset();
  await fn();
  return lc.stats.dbRequests;
}
