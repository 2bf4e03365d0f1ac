import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud } from '../localcloud/server';
import { caller, requestsOf, sdkDb } from './bench-cloud';
import { generateCounty, loadCounty } from './seed-county';

export interface DashboardCost {
  requests: number;
  ms: number;
}

/**
 * Seeds a generated county of `members` members into a fresh local cloud and measures one
 * stats.dashboard call for the county (as the 组织部), for the largest branch (its secretary) and
 * the largest village group (its cadre): database requests and wall time.
 */
export async function measureDashboard(members: number, root = process.env.BENCH_ROOT ?? process.cwd()) {
  const dataDir = mkdtempSync(join(tmpdir(), 'yzb-dash-'));
  const lc = await startLocalCloud({ port: 0, dataDir, functionsDir: join(root, 'cloudfunctions'), timers: false });
  try {
    const seed = generateCounty({ members });
    await loadCounty(sdkDb(), seed);
    const call = caller(lc);
    const largest = <T extends { _id: string; memberCount: number }>(units: T[]) => units.reduce((a, b) => (b.memberCount > a.memberCount ? b : a));
    const branch = largest(seed.branches.filter((b) => b.kind !== '流动党委'));
    const group = largest(seed.groups);
    const measure = async (openid: string, payload: object): Promise<DashboardCost> => {
      await call(openid, 'stats.dashboard', payload); // warm the instance: cold-start work is not the dashboard's cost
      const started = Date.now();
      const requests = await requestsOf(lc, () => call(openid, 'stats.dashboard', payload));
      return { requests, ms: Date.now() - started };
    };
    return {
      members,
      county: await measure(seed.organisers.county, {}),
      branch: await measure(seed.organisers.secretaryOf[branch._id], { branchId: branch._id }),
      group: await measure(seed.organisers.cadreOf[group._id], { groupId: group._id }),
    };
  } finally {
    await lc.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
