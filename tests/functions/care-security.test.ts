import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { sdkDb } from './helpers/study';
import { dayOf } from '../../src/domain/shared/day.rules';

jest.setTimeout(60_000);

const openidsIn = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/"openid":"([^"]+)"/g)].map((m) => m[1]);

/**
 * Review findings on 关怀帮扶: an organiser who lost his grant keeps no hold on the cases once given
 * to him, and a case shows the member (and others who do not manage him) names, never the
 * organisers' openids. Branch A: m_0 (village G1). sec_a runs A; cadre_1 is G1's village cadre.
 */
describe('care security', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  let sa: string;
  let memberId: string;
  let caseId: string;

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, B, G1, G2, sa } = s);
    memberId = (await joinMembers(tc, sa, G1._id, 0, 1))[0].member._id;
    await grantRoles(tc, { A, B, G1 }, 'sec_a', 'sec_b', 'cadre_1');
    const c = await tc.data('m_0', 'care.file', { kind: '欠薪维权', description: '工地拖欠三个月工资，老板联系不上' });
    caseId = c._id;
    await tc.data('sec_a', 'care.assign', { caseId, assigneeOpenid: 'cadre_1', version: 1, note: '请龙井村跟进' });
  });
  afterAll(() => tc?.dispose());

  it('shows the member who handles his case by name, without the organisers\' openids', async () => {
    const own = await tc.data('m_0', 'care.get', { caseId });
    expect(own.case.assignee.name).toBe('村干部');
    expect(own.case.timeline.map((s: any) => s.by.name)).toEqual(['党员000', '支部书记']);
    expect(openidsIn(own).filter((o) => o !== 'm_0')).toEqual([]);
    const listed = await tc.data('m_0', 'care.list', { mine: true });
    expect(openidsIn(listed).filter((o) => o !== 'm_0')).toEqual([]);
    // His organisers still see who is who (they assign by openid).
    expect((await tc.data('sec_a', 'care.get', { caseId })).case.assignee.openid).toBe('cadre_1');
  });

  it('takes a case from an assignee whose grant was revoked, changing nothing', async () => {
    expect((await tc.data('cadre_1', 'care.transition', { caseId, to: 'accepted', note: '已受理', version: 2 })).state).toBe('accepted');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'cadre_1', role: 'cadre', groupId: G1._id, revoke: true });
    const before = await dumpDatabase();
    expect(await tc.code('cadre_1', 'care.transition', { caseId, to: 'in_progress', note: '继续跟进', version: 3 })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('cadre_1', 'care.get', { caseId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('cadre_1', 'care.list', { assignedToMe: true })).toBe('AUTH.FORBIDDEN');
    expect(await dumpDatabase()).toEqual(before);
    // Whoever assigns may still move it on, and give it to someone who covers the member.
    expect((await tc.data('sec_a', 'care.assign', { caseId, assigneeOpenid: 'sec_a', version: 3 })).assignee.openid).toBe('sec_a');
  });

  it('hands an open case to the branch a member moves to: the old secretary loses it, the new one may assign it (#14.4)', async () => {
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    const [{ member }] = await joinMembers(tc, sa, G1._id, 1, 1);
    const c = await tc.data('m_1', 'care.file', { kind: '就业', description: '想在杭州找一份稳定的工作' });
    expect((await tc.data('sec_a', 'care.get', { caseId: c._id })).case).toMatchObject({ memberPhone: member.phone, masked: false });
    await tc.data('sec_a', 'care.assign', { caseId: c._id, assigneeOpenid: 'sec_a', version: 1 });
    await tc.data('county_1', 'transfer.move', { memberId: member._id, toBranchId: B._id, toGroupId: G2._id });
    expect(await tc.code('sec_a', 'care.get', { caseId: c._id })).toBe('AUTH.FORBIDDEN');
    expect((await tc.data('sec_a', 'care.list', {})).items.find((x: any) => x._id === c._id)).toBeUndefined();
    const moved = (await tc.data('sec_b', 'care.get', { caseId: c._id })).case;
    // sec_a does not cover him any more: the case waits for the new side to assign it.
    expect(moved).toMatchObject({ branchId: B._id, groupId: G2._id, assignee: null, memberPhone: member.phone, masked: false, version: 3 });
    expect(moved.timeline.at(-1).note).toContain('待新支部分派');
    expect((await tc.data('sec_b', 'care.assign', { caseId: c._id, assigneeOpenid: 'sec_b', version: 3 })).assignee.openid).toBe('sec_b');
  });

  it('gives strangers and inflow organisers nothing of care', async () => {
    await sdkDb().collection('users').add({ data: { _id: 'ag_x', name: '流入地组织', grants: [{ role: 'inflow', agreementId: 'agr_x' }] } });
    const before = await dumpDatabase();
    for (const who of ['stranger_1', 'ag_x']) {
      expect(await tc.code(who, 'care.list', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'care.list', { assignedToMe: true })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'care.get', { caseId })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'care.stats', { year: 2026 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'visit.list', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'visit.list', { memberId })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'visit.log', { memberId, day: dayOf(Date.now()), visitors: ['张'], given: '米油' })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code(who, 'care.file', { kind: '就业', description: '想找一份稳定的工作', memberId })).toBe('AUTH.FORBIDDEN');
    }
    expect(await dumpDatabase()).toEqual(before);
  });

  it('keeps his family\'s visit records from a member, even one who is an organiser elsewhere', async () => {
    await tc.data('sec_a', 'visit.log', { memberId, day: dayOf(Date.now()), visitors: ['李书记'], given: '慰问金和米油' });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'm_0', role: 'cadre', groupId: G2._id });
    expect(await tc.code('m_0', 'visit.list', { memberId })).toBe('AUTH.FORBIDDEN');
    expect((await tc.data('sec_a', 'visit.list', { memberId })).items).toHaveLength(1);
  });

  it('shows sysadmin who logged a visit by name only, as on cases; the family\'s organisers by openid', async () => {
    const own = await tc.data(ADMIN, 'visit.list', { memberId });
    expect(own.items.map((v: any) => v.by.name)).toEqual(['支部书记']);
    expect(openidsIn(own)).toEqual([]);
    expect(openidsIn(await tc.data(ADMIN, 'visit.list', {}))).toEqual([]);
    expect((await tc.data('sec_a', 'visit.list', { memberId })).items[0].by.openid).toBe('sec_a');
  });
});
