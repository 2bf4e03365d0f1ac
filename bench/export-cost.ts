import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud } from '../localcloud/server';
import { caller, requestsOf, sdkDb } from './bench-cloud';
import { generateCounty, loadCounty } from './seed-county';

export interface ExportCost {
  members: number;
  /** ledger.export calls until the file was ready (the first starts the job). */
  steps: number;
  /** Wall time from the first call to the link, and of the slowest single call (the one a 20 s timeout bounds). */
  totalMs: number;
  maxStepMs: number;
  /** Database requests over all the calls. */
  requests: number;
  fileKB: number;
}

/**
 * Seeds a generated county of `members` members into a fresh local cloud and exports the whole
 * ledger as the 组织部, calling ledger.export until the file is ready, as the page does.
 */
export async function measureExport(members: number, root = process.env.BENCH_ROOT ?? process.cwd()): Promise<ExportCost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yzb-export-'));
  const lc = await startLocalCloud({ port: 0, dataDir, functionsDir: join(root, 'cloudfunctions'), timers: false });
  try {
    const seed = generateCounty({ members });
    const db = sdkDb();
    await loadCounty(db, seed);
    await db.collection('config').add({ data: { _id: 'county', name: '基准县', createdAt: 0, createdBy: 'seed_sysadmin' } });
    const call = caller(lc);
    const county = seed.organisers.county;
    await call(county, 'member.me'); // warm the instance: a cold start is not the export's cost
    let steps = 0;
    let maxStepMs = 0;
    let last: any = null;
    const started = Date.now();
    const requests = await requestsOf(lc, async () => {
      do {
        const t = Date.now();
        last = await call(county, 'ledger.export', last ? { jobId: last.jobId } : {});
        maxStepMs = Math.max(maxStepMs, Date.now() - t);
        steps++;
      } while (last.state === 'running');
    });
    const totalMs = Date.now() - started;
    if (last.state !== 'done' || last.processed !== members) throw new Error(`export ended ${last.state} with ${last.processed}/${members} rows`);
    const file = lc.storage.list().find((f) => f.cloudPath.startsWith(`exports/${county}/`) && f.cloudPath.endsWith('.xlsx'));
    return { members, steps, totalMs, maxStepMs, requests, fileKB: Math.round((file?.size ?? 0) / 102.4) / 10 };
  } finally {
    await lc.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
