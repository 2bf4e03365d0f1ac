/**
 * Ending a member's mobile status (返乡, 回村任职…) and reopening it, through the api function and
 * the reminder fan-out: the record is kept read-only, counted apart, out of every audience and rate.
 */
import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { publish, text } from './helpers/study';
import { planAroundNow } from './helpers/themeday';

jest.setTimeout(120_000);

describe('leaving mobile status', () => {
  let tc: TestCloud;
  let A: any, G1: any, G2: any, sb: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string;
    ({ A, G1, G2, sa, sb } = await seedTwoBranches(tc));
    await grantRoles(tc, { A, G1, G2 }, 'county_1', 'sec_a', 'cadre_1', 'cadre_2');
    for (const r of await joinMembers(tc, sa, G1._id, 0, 5)) ids[r.member.openid] = r.member._id;
  });
  afterAll(() => tc?.dispose());

  const branchA = async () => (await dumpDatabase()).unitCounters.find((c: any) => c._id === `branch:${A._id}`) as any;

  it('refuses outsiders, a reason 其他 without a note, and writes nothing', async () => {
    const before = await dumpDatabase();
    expect(await tc.code('cadre_2', 'member.endMobility', { memberId: ids.m_0, reason: '返乡' })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code(ADMIN, 'member.endMobility', { memberId: ids.m_0, reason: '返乡' })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('m_1', 'member.endMobility', { memberId: ids.m_0, reason: '返乡' })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('m_0', 'member.endMobility', { reason: '其他' })).toBe('INPUT.INVALID');
    expect(await tc.code('m_0', 'member.endMobility', { reason: '出国' })).toBe('INPUT.INVALID');
    expect(await tc.code('m_0', 'member.reopenMobility', {})).toBe('MEMBER.MOBILITY_ACTIVE');
    expect(await dumpDatabase()).toEqual(before);
  });

  it('a member ends his own (返乡创业): read-only, counted apart, out of the dashboard rates', async () => {
    const { member } = await tc.data('m_0', 'member.endMobility', { reason: '返乡创业', note: '回村办合作社' });
    expect(member).toMatchObject({ ended: true, mobility: { reason: '返乡创业', note: '回村办合作社' } });
    expect(await branchA()).toMatchObject({ memberCount: 4, endedCount: 1, endedByReason: { startup: 1 } });
    expect(await tc.code('m_0', 'member.update', { changes: { employer: '合作社' } })).toBe('MEMBER.MOBILITY_ENDED');
    expect(await tc.code('sec_a', 'member.update', { memberId: ids.m_0, changes: { tags: ['头雁'] } })).toBe('MEMBER.MOBILITY_ENDED');
    expect(await tc.code('m_0', 'transfer.request', { scene: sb })).toBe('MEMBER.MOBILITY_ENDED');
    expect(await tc.code('m_0', 'member.endMobility', { reason: '返乡' })).toBe('MEMBER.MOBILITY_ENDED');
    // Still readable, with the reason in his history.
    const got = await tc.data('sec_a', 'member.get', { memberId: ids.m_0 });
    expect(got.member.ended).toBe(true);
    expect(got.history[0].note).toBe('结束流动党员身份：返乡创业（回村办合作社）');

    await tc.data('sec_a', 'member.endMobility', { memberId: ids.m_1, reason: '回村任职' });
    const dash = await tc.data('county_1', 'stats.dashboard', {});
    expect(dash.members.total).toBe(3);
    expect(dash.members.ended).toEqual({ total: 2, byReason: { 返乡: 0, 返乡创业: 1, 回村任职: 1, 组织关系转出: 0, 其他: 0 } });
    expect((await tc.data('sec_a', 'stats.dashboard', { branchId: A._id })).members.ended.byReason.回村任职).toBe(1);
  });

  it('gets no pushes, sign-ins or reminders, and is not expected in completion rates', async () => {
    const push = await publish(tc, 'sec_a', { audience: { scope: 'branches', branchIds: [A._id] } });
    expect((await tc.data('m_0', 'study.list', {})).items).toEqual([]);
    expect(await tc.code('m_0', 'checkin.submit', { pushId: push._id, text: text(1), clientKey: 'ended-0001' })).toBe('STUDY.NOT_TARGETED');
    expect((await tc.data('m_2', 'study.list', {})).items.map((p: any) => p._id)).toEqual([push._id]);
    const stats = await tc.data('sec_a', 'checkin.stats', { pushId: push._id, branchId: A._id, detail: true });
    expect(stats.branches[0]).toMatchObject({ expected: 3 });
    expect(stats.notDone.map((m: any) => m.memberId).sort()).toEqual([ids.m_2, ids.m_3, ids.m_4].sort());

    const { month, plan } = planAroundNow();
    await tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan });
    expect(await tc.code('m_0', 'themeday.signin', { mode: 'online', occurrenceId: `${A._id}_${month}` })).toBe('MEMBER.MOBILITY_ENDED');
    // The fan-out walks only members with a consent: all four consent, the ended one is still skipped.
    await tc.call('m_0', 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } });
    for (const m of ['m_2', 'm_3', 'm_4']) await tc.data(m, 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } });
    let last: any;
    for (let k = 0; k < 5 && !last?.done; k++) last = await tc.lc.invoke('cron-theme-day', {});
    const reminded = ((await dumpDatabase()).themedayDeliveries as any[]).map((d) => d.memberId);
    expect(reminded.sort()).toEqual([ids.m_2, ids.m_3, ids.m_4].sort());
    // Home: no contact to keep up, not listed as 未结对.
    const gaps = await tc.data('sec_a', 'contact.gaps', { branchId: A._id });
    expect(gaps.unpaired.map((r: any) => r.memberId).sort()).toEqual([ids.m_2, ids.m_3, ids.m_4].sort());
  });

  it('is reopened by the member or his organiser, and counts again', async () => {
    expect(await tc.code('cadre_2', 'member.reopenMobility', { memberId: ids.m_1 })).toBe('AUTH.FORBIDDEN');
    const { member } = await tc.data('m_0', 'member.reopenMobility', { note: '又到杭州务工' });
    expect(member).toMatchObject({ ended: false, mobility: null });
    await tc.data('cadre_1', 'member.reopenMobility', { memberId: ids.m_1 });
    expect(await branchA()).toMatchObject({ memberCount: 5, endedCount: 0, endedByReason: { startup: 0, villagePost: 0 } });
    expect((await tc.data('m_0', 'member.update', { changes: { employer: '合作社' } })).changed).toEqual(['employer']);
    expect((await tc.data('m_0', 'study.list', {})).items).toHaveLength(1);
    // Out of every audience and back again by his record alone: no users document was written for it.
    expect(((await dumpDatabase()).users as any[]).filter((u) => u._id === 'm_0' || u._id === 'm_1')).toEqual([]);
  });
});
