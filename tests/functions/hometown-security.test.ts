import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';

jest.setTimeout(60_000);

/** Integrity of the hometown counters and scopes under concurrent and cross-unit calls. */
describe('hometown: concurrency and cross-unit ids', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any;
  const project = (over: Record<string, unknown> = {}) => ({ name: '返乡茶园', kind: '创业', industry: '茶叶', location: '汤山镇龙井村', amount: 100, jobs: 10, ...over });

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string;
    ({ A, B, G1, sa } = await seedTwoBranches(tc));
    await joinMembers(tc, sa, G1._id, 0, 1);
    await grantRoles(tc, { A }, 'sec_a', 'county_1');
  });
  afterAll(() => tc?.dispose());

  it('counts every one of concurrent first projects (the counters document does not exist yet)', async () => {
    const rs = await Promise.all([
      tc.call('county_1', 'project.create', project()),
      tc.call('sec_a', 'project.create', project({ branchId: A._id })),
      tc.call('county_1', 'project.create', project({ branchId: B._id })),
      tc.call('county_1', 'project.create', project({ branchId: A._id })),
    ]);
    const ok = rs.filter((r) => r.ok).length;
    const list = await tc.data('county_1', 'project.list', { limit: 50 });
    expect(list.items).toHaveLength(ok);
    expect(list.totals.lead.count).toBe(ok);
    expect(ok).toBe(4);
  });
});
