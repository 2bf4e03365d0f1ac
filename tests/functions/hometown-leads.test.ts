import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';

jest.setTimeout(60_000);

/** 招商线索 and 家乡产品 ride the project pipeline: same stages and counters, always naming the member who brought them. */
describe('hometown leads and products', () => {
  let tc: TestCloud;
  let A: any, G1: any, m0: any, m1: any;
  let plainId: string;
  const lead = (over: Record<string, unknown> = {}) => ({ name: '浙商投资茶叶加工厂', kind: '招商线索', industry: '茶叶加工', location: '汤山镇', amount: 500, jobs: 40, ...over });

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, G1, sa, sb } = await seedTwoBranches(tc));
    [m0] = (await joinMembers(tc, sa, G1._id, 0, 1)).map((r) => r.member);
    [m1] = (await joinMembers(tc, sb, G1._id, 1, 1)).map((r) => r.member);
    await grantRoles(tc, { A, G1, B: { _id: 'unused' } }, 'sec_a', 'county_1');
  });
  afterAll(() => tc?.dispose());

  it('files a lead and a product with the member who brought them, counted in the pipeline like projects', async () => {
    const before = (await tc.data('sec_a', 'project.list', {})).totals.lead;
    const l = await tc.data('sec_a', 'project.create', lead({ branchId: A._id, memberId: m0._id }));
    expect(l).toMatchObject({ kind: '招商线索', stage: 'lead', memberId: m0._id, memberName: '党员000' });
    const p = await tc.data('county_1', 'project.create', lead({ name: '龙井村高山茶', kind: '家乡产品', industry: '茶叶', amount: 35.5, jobs: 6, memberId: m1._id }));
    expect(p).toMatchObject({ kind: '家乡产品', memberName: '党员001', branchId: null });
    const list = await tc.data('county_1', 'project.list', {});
    expect(list.totals.lead).toEqual({ count: before.count + 2, amount: 535.5, jobs: 46 });
    expect((await tc.data('county_1', 'project.list', { kind: '家乡产品' })).items.map((x: any) => x._id)).toEqual([p._id]);
    expect((await tc.data('sec_a', 'project.update', { projectId: l._id, stage: 'negotiating' })).stage).toBe('negotiating');
    plainId = (await tc.data('sec_a', 'project.create', lead({ name: '返乡民宿', kind: '创业', branchId: A._id }))).memberId === null ? (await tc.data('sec_a', 'project.list', { kind: '创业' })).items[0]._id : '';
  });

  describe('refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();
    it('refuses a lead or product without the member who brought it', async () => {
      for (const kind of ['招商线索', '家乡产品']) {
        const r = await tc.call('sec_a', 'project.create', lead({ kind, branchId: A._id }));
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: '输入有误：党员', fields: [{ path: 'memberId', message: `${kind}须选择带来它的党员` }] } });
      }
      expect(await tc.code('sec_a', 'project.create', lead({ branchId: A._id, memberId: m1._id }))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'project.list', { kind: '招商' })).toBe('INPUT.INVALID');
    });
    it('refuses turning a project filed without a member into a lead', async () => {
      expect(plainId).not.toBe('');
      const r = await tc.call('sec_a', 'project.update', { projectId: plainId, kind: '招商线索' });
      expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: [{ path: 'kind' }] } });
    });
  });
});
