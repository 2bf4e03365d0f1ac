/**
 * Seeding for the benches: the real SDK in this process, pointed at the local cloud
 * (startLocalCloud sets the fallback URL), writing in batches of 1,000 — far faster than joining
 * members one by one through the function.
 */
export function sdkDb(): any {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk');
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  return cloud.database({ throwOnNotFound: false });
}

const BATCH = 1000;

export async function addAll(db: any, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) await db.collection(collection).add({ data: docs.slice(i, i + BATCH) });
}
