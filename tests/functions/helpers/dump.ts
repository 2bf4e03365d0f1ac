/**
 * Reads every declared collection through the real wx-server-sdk (pointed at the local cloud by
 * startLocalCloud), so tests can compare the whole database before and after a call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { localSdkDb } from '../../../localcloud/sdk-db';
import { root } from './cloud';

const declared: string[] = JSON.parse(readFileSync(join(root, 'cloudfunctions', 'collections.json'), 'utf8')).collections.map((c: { name: string }) => c.name);

export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
  const db = localSdkDb();
  const out: Record<string, unknown[]> = {};
  for (const name of declared) {
    const rows: unknown[] = [];
    for (let skip = 0; ; skip += 1000) {
      const { data } = await db.collection(name).orderBy('_id', 'asc').skip(skip).limit(1000).get();
      rows.push(...data);
      if (data.length < 1000) break;
    }
    out[name] = rows;
  }
  return out;
}

/**
 * Puts the database back to `snapshot` (a dumpDatabase result) through the SDK: records added since
 * are removed, changed or removed ones written back whole. Lets a test call an action for real
 * (success included) and leave the world as the next test expects it.
 */
export async function restoreDatabase(snapshot: Record<string, unknown[]>): Promise<void> {
  const db = localSdkDb();
  const current = await dumpDatabase();
  for (const name of declared) {
    const want = new Map((snapshot[name] as Array<{ _id: string }>).map((d) => [d._id, d]));
    const have = new Map((current[name] as Array<{ _id: string }>).map((d) => [d._id, d]));
    for (const id of have.keys()) if (!want.has(id)) await db.collection(name).doc(id).remove();
    for (const [id, doc] of want) {
      if (isDeepStrictEqual(have.get(id), doc)) continue;
      const { _id, ...data } = doc;
      await db.collection(name).doc(id).set({ data });
    }
  }
}

/** Call inside a describe: every test of the block must leave the database as the block found it. */
export function eachTestLeavesDatabaseUnchanged(): void {
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    before = await dumpDatabase();
  });
  afterEach(async () => {
    expect(await dumpDatabase()).toEqual(before);
  });
}
