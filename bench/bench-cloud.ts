import type { LocalCloud } from '../localcloud/server';
import { functionOf } from '../src/contracts/functions';
import { retryOnce } from './bench-sections';

import { localSdkDb } from '../localcloud/sdk-db';

export { localSdkDb as sdkDb };

/** Seeds in batches of 1,000: far faster than joining members one by one through the function. */
const BATCH = 1000;

export async function addAll(db: any, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) await db.collection(collection).add({ data: docs.slice(i, i + BATCH) });
}

export type Call = (openid: string, action: string, payload?: unknown) => Promise<any>;

/**
 * Calls an action as `openid` (on the function that serves it); a failure envelope throws (a bench must not measure errors). A
 * call that dies (the local cloud's socket hung up under load) is retried once and reported.
 */
export const caller = (lc: LocalCloud): Call => async (openid, action, payload = {}) => {
  const res = (await retryOnce(`${functionOf(action)} ${action}`, () => lc.invoke(functionOf(action), { action, payload }, { openid }))) as { ok: boolean; data?: unknown; error?: unknown };
  if (!res.ok) throw new Error(`${action}: ${JSON.stringify(res.error)}`);
  return res.data;
};

/** Database requests one call makes, as counted by the local cloud's /admin endpoint. */
export async function requestsOf(lc: LocalCloud, fn: () => Promise<unknown>): Promise<number> {
  lc.stats.reset();
  await fn();
  return lc.stats.dbRequests;
}

/**
 * Before timing anything on a fresh local cloud: load each function's bundle and walk the members
 * index once, so the first timed call pays neither (the 100,000-member county's first counts block
 * the local cloud for seconds, which is how an unwarmed bench died).
 */
export async function warmUp(lc: LocalCloud, openid: string): Promise<void> {
  await retryOnce('warm-up api', () => lc.invoke('api', { action: 'member.me', payload: {} }, { openid }));
  await retryOnce('warm-up count', () => localSdkDb().collection('members').count());
}
