import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud, type LocalCloud } from '../localcloud/server';
import { sdkDb, warmUp } from './bench-cloud';
import { generateCounty, loadCounty, type CountySeed } from './seed-county';

/**
 * A fresh local cloud holding a generated county of `members` members (bench/seed-county.ts), for
 * the figures that need a realistic county (dashboard, export). Data on tmpfs when there is one:
 * the local cloud fsyncs its journal per write, which would dominate seeding 100,000 members.
 */
export async function withSeededCounty<T>(members: number, root: string, measure: (lc: LocalCloud, seed: CountySeed) => Promise<T>): Promise<T & { seedSeconds: number }> {
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'yzb-county-'));
  const lc = await startLocalCloud({ port: 0, dataDir, functionsDir: join(root, 'cloudfunctions'), timers: false });
  try {
    const started = Date.now();
    const seed = generateCounty({ members });
    const db = sdkDb();
    await loadCounty(db, seed);
    await db.collection('config').add({ data: { _id: 'county', name: '基准县', createdAt: 0, createdBy: 'seed_sysadmin' } });
    const seedSeconds = Math.round((Date.now() - started) / 100) / 10;
    await warmUp(lc, seed.organisers.county);
    return { ...(await measure(lc, seed)), seedSeconds };
  } finally {
    await lc.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
