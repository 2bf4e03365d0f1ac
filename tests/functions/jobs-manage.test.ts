/**
 * A publisher manages his job pushes: his list marks what he may change, an edit replaces the
 * push whole, a withdrawn push leaves members' lists and the dashboard's count of active jobs.
 */
import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { getDoc } from './helpers/study';

jest.setTimeout(120_000);

describe('job pushes: edited and withdrawn', () => {
  let tc: TestCloud;
  let A: any, B: any;
  const job = (over: Record<string, unknown> = {}) => ({
    title: '茶叶加工工', employer: '西湖龙井茶业有限公司', city: '杭州', pay: '5500元/月', contact: '0571-88886666',
    validUntil: '2099-12-31', audience: { scope: 'branches', branchIds: [A._id] }, ...over,
  });
  const memberJobs = async (who: string) => (await tc.data<any>(who, 'jobs.list', {})).items.map((j: any) => j._id);

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string;
    ({ A, B, sa } = await seedTwoBranches(tc));
    const G1 = (await tc.data<any>('admin_openid', 'org.tree', {})).groups[0];
    await joinMembers(tc, sa, G1._id, 0, 1);
    await grantRoles(tc, { A, B, G1 }, 'sec_a', 'sec_b', 'county_1');
  });
  afterAll(() => tc?.dispose());

  it('marks in the publisher\'s list the pushes he may change', async () => {
    const own = await tc.data<any>('sec_a', 'jobs.publish', job());
    const county = await tc.data<any>('county_1', 'jobs.publish', job({ title: '全县：快递分拣员', audience: { scope: 'county' } }));
    const items = (await tc.data<any>('sec_a', 'jobs.list', { manage: true })).items;
    expect(items.find((j: any) => j._id === own._id)).toMatchObject({ manageable: true });
    expect(items.find((j: any) => j._id === county._id)).toMatchObject({ manageable: false });
    expect((await tc.data<any>('county_1', 'jobs.list', { manage: true })).items.every((j: any) => j.manageable)).toBe(true);
    expect((await tc.data<any>('m_0', 'jobs.list', {})).items[0]).not.toHaveProperty('manageable');
  });

  it('edits a job push whole, the audience replaced', async () => {
    const pushed = await tc.data<any>('county_1', 'jobs.publish', job({ title: '城市用工', audience: { scope: 'cities', cities: ['杭州', '宁波'] } }));
    const out = await tc.data<any>('county_1', 'jobs.update', { jobId: pushed._id, ...job({ pay: '6500元/月', audience: { scope: 'branches', branchIds: [A._id] } }) });
    expect(out).toMatchObject({ _id: pushed._id, pay: '6500元/月', valid: true, manageable: true });
    const stored = await getDoc('jobs', pushed._id);
    expect(stored.audience).toEqual({ scope: 'branches', branchIds: [A._id] });
    expect(stored).toMatchObject({ pay: '6500元/月', publisherOpenid: 'county_1', updatedAt: expect.any(Number) });
  });

  describe('refusals change nothing', () => {
    let own: any;
    let county: any;
    beforeAll(async () => {
      own = await tc.data<any>('sec_a', 'jobs.publish', job({ title: '拒绝测试' }));
      county = await tc.data<any>('county_1', 'jobs.publish', job({ title: '全县拒绝测试', audience: { scope: 'county' } }));
    });
    eachTestLeavesDatabaseUnchanged();

    it('refuses someone who does not manage the push, or an audience the editor may not reach', async () => {
      for (const who of ['sec_b', 'cadre_1', 'm_0', 'stranger']) {
        expect(await tc.code(who, 'jobs.update', { jobId: own._id, ...job() })).toBe('AUTH.FORBIDDEN');
        expect(await tc.code(who, 'jobs.withdraw', { jobId: own._id })).toBe('AUTH.FORBIDDEN');
      }
      expect(await tc.code('sec_a', 'jobs.update', { jobId: county._id, ...job() })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'jobs.withdraw', { jobId: county._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'jobs.update', { jobId: own._id, ...job({ audience: { scope: 'branches', branchIds: [A._id, B._id] } }) })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'jobs.update', { jobId: 'no_such_job', ...job() })).toBe('JOB.NOT_FOUND');
    });

    it('refuses a validity already past', async () => {
      expect(await tc.code('sec_a', 'jobs.update', { jobId: own._id, ...job({ validUntil: '2020-01-01' }) })).toBe('INPUT.INVALID');
    });
  });

  it('withdraws a job push: gone for members and from the active count, kept and marked in the publisher\'s list', async () => {
    const pushed = await tc.data<any>('sec_a', 'jobs.publish', job({ title: '将撤回：采茶工' }));
    expect(await memberJobs('m_0')).toContain(pushed._id);
    const before = await tc.data<any>('sec_a', 'hometown.stats', { branchId: A._id });

    const out = await tc.data<any>('sec_a', 'jobs.withdraw', { jobId: pushed._id });
    expect(out).toMatchObject({ _id: pushed._id, valid: false, withdrawnAt: expect.any(Number) });
    expect(await tc.data<any>('sec_a', 'jobs.withdraw', { jobId: pushed._id })).toMatchObject({ withdrawnAt: out.withdrawnAt });

    expect(await memberJobs('m_0')).not.toContain(pushed._id);
    expect((await tc.data<any>('sec_a', 'hometown.stats', { branchId: A._id })).activeJobs).toBe(before.activeJobs - 1);
    expect((await tc.data<any>('sec_a', 'jobs.list', { manage: true })).items.find((j: any) => j._id === pushed._id)).toMatchObject({ valid: false, withdrawnAt: out.withdrawnAt });
    expect(await tc.code('sec_a', 'jobs.update', { jobId: pushed._id, ...job() })).toBe('JOB.WITHDRAWN');
  });
});
