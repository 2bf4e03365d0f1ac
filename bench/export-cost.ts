import type { LocalCloud } from '../localcloud/server';
import { caller, requestsOf } from './bench-cloud';
import { kb } from './sizes';
import type { CountySeed } from './seed-county';

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
 * Exports the whole ledger of a seeded county (bench/seeded-county.ts) as the 组织部, calling
 * ledger.export until the file is ready, as the page does.
 */
export async function measureExport(lc: LocalCloud, seed: CountySeed): Promise<ExportCost> {
  const members = seed.members.length;
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
  return { members, steps, totalMs, maxStepMs, requests, fileKB: kb(file?.size ?? 0) };
}
