import type { LocalCloud } from '../localcloud/server';
import { unitKey, type CountedUnit } from '../src/domain/stats/counter.rules';
import { caller, requestsOf } from './bench-cloud';
import type { CountySeed } from './seed-county';

export interface DashboardCost {
  requests: number;
  ms: number;
}

/**
 * One stats.dashboard call over a seeded county (bench/seeded-county.ts) for the county (as the
 * 组织部), for the largest branch (its secretary) and the largest village group (its cadre):
 * database requests and wall time, after a warm-up call.
 */
export async function measureDashboard(lc: LocalCloud, seed: CountySeed) {
  const call = caller(lc);
  const size = new Map(seed.unitCounters.map((c) => [c._id, c.memberCount]));
  const largest = <T extends { _id: string }>(kind: CountedUnit, units: T[]) => units.reduce((a, b) => ((size.get(unitKey(kind, b._id)) ?? 0) > (size.get(unitKey(kind, a._id)) ?? 0) ? b : a));
  const branch = largest('branch', seed.branches.filter((b) => b.kind !== '流动党委'));
  const group = largest('group', seed.groups);
  const measure = async (openid: string, payload: object): Promise<DashboardCost> => {
    await call(openid, 'stats.dashboard', payload); // warm the instance: cold-start work is not the dashboard's cost
    const started = Date.now();
    const requests = await requestsOf(lc, () => call(openid, 'stats.dashboard', payload));
    return { requests, ms: Date.now() - started };
  };
  return {
    members: seed.members.length,
    county: await measure(seed.organisers.county, {}),
    branch: await measure(seed.organisers.secretaryOf[branch._id], { branchId: branch._id }),
    group: await measure(seed.organisers.cadreOf[group._id], { groupId: group._id }),
  };
}
