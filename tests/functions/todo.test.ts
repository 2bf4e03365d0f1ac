import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dayAfter, today } from './helpers/days';
import { TIERS as tiers } from './helpers/evaluation';
import { publish, submit } from './helpers/study';
import { planAroundNow } from './helpers/themeday';

jest.setTimeout(120_000);

/**
 * 待办 through the real api entry: each kind appears for the person whose work it is, only in his
 * scope, and goes when the work is done. Branch A: m_0, m_1 (G1), m_2 (G2); branch B: m_3 (G1).
 */
describe('todo.mine', () => {
  let tc: TestCloud;
  let A: any, B: any, sb: string;
  let memberIds: string[];
  const mine = async (openid: string) => {
    const r = await tc.data(openid, 'todo.mine', {});
    return Object.fromEntries(r.items.map((i: any) => [i.kind, i.count]));
  };

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, B, sb } = s);
    const joined = [
      ...(await joinMembers(tc, s.sa, s.G1._id, 0, 2)),
      ...(await joinMembers(tc, s.sa, s.G2._id, 2, 1)),
      ...(await joinMembers(tc, s.sb, s.G1._id, 3, 1)),
    ];
    memberIds = joined.map((j) => j.member._id);
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1', 'cadre_2');
  });
  afterAll(() => tc?.dispose());

  it('is empty for a stranger and for a member with nothing waiting', async () => {
    expect(await tc.data('stranger', 'todo.mine', {})).toEqual({ items: [], total: 0 });
    expect(await tc.data('m_1', 'todo.mine', {})).toEqual({ items: [], total: 0 });
  });

  it('counts a member\'s unchecked pushes addressed to him, and drops one once checked in', async () => {
    const county = await publish(tc, 'county_1');
    await publish(tc, 'sec_b', { audience: { scope: 'branches', branchIds: [B._id] } });
    expect((await mine('m_0')).studyUnchecked).toBe(1);
    expect((await mine('m_3')).studyUnchecked).toBe(2);
    expect((await submit(tc, 'm_0', county._id)).ok).toBe(true);
    expect((await mine('m_0')).studyUnchecked).toBeUndefined();
  });

  it('counts the theme day while he can sign in, and not after he has', async () => {
    const { month, plan } = planAroundNow();
    await tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan });
    expect((await mine('m_0')).themedayUnsigned).toBe(1);
    expect((await mine('m_3')).themedayUnsigned).toBeUndefined(); // branch B has no plan
    const occurrenceId = `${A._id}_${month}`;
    expect((await tc.call('m_0', 'themeday.signin', { occurrenceId, mode: 'online' })).ok).toBe(true);
    expect((await mine('m_0')).themedayUnsigned).toBeUndefined();
  });

  it('warns of his own 活动证 within 30 days of its expiry, not of a later one', async () => {
    await tc.data('m_2', 'member.update', { memberId: memberIds[2], changes: { activityCardExpiry: dayAfter(20) } });
    expect((await mine('m_2')).cardExpiring).toBe(1);
    await tc.data('m_2', 'member.update', { memberId: memberIds[2], changes: { activityCardExpiry: dayAfter(40) } });
    expect((await mine('m_2')).cardExpiring).toBeUndefined();
  });

  it('gives a cadre the care cases assigned to him, and the suggestions of his village to answer', async () => {
    const c = await tc.data('m_0', 'care.file', { kind: '欠薪维权', description: '工地拖欠三个月工资，老板联系不上' });
    await tc.data('m_3', 'suggest.submit', { title: '建冷库', text: '村里的猕猴桃每年都烂掉不少，建议村集体建一个冷库。', category: '产业' });
    expect(await mine('cadre_1')).toMatchObject({ suggestionsToAnswer: 1 });
    expect((await mine('cadre_1')).careAssigned).toBeUndefined();
    await tc.data('sec_a', 'care.assign', { caseId: c._id, assigneeOpenid: 'cadre_1', version: 1 });
    expect(await mine('cadre_1')).toMatchObject({ careAssigned: 1, suggestionsToAnswer: 1 });
    // The secretary of A sees none of B's suggestion; cadre_2 (G2) none of G1's; the county all.
    expect((await mine('sec_a')).suggestionsToAnswer).toBeUndefined();
    expect((await mine('sec_a')).careAssigned).toBeUndefined();
    expect(await mine('cadre_2')).toEqual({});
    expect((await mine('county_1')).suggestionsToAnswer).toBe(1);
  });

  it('counts the secretaries a reviewer has still to score, never his own branch', async () => {
    const criteria = [{ name: '抓党建', weight: 100, maxScore: 10 }];
    await tc.data('county_1', 'eval.openRound', { year: Number(today().slice(0, 4)), startDay: today(), endDay: dayAfter(10), criteria, tiers, reviewerOpenids: ['county_1', 'sec_a'] });
    expect((await mine('county_1')).sheetsToScore).toBe(2);
    expect((await mine('sec_a')).sheetsToScore).toBe(1);
    await tc.data('county_1', 'eval.score', { roundId: `r${today().slice(0, 4)}`, branchId: A._id, scores: [8] });
    expect((await mine('county_1')).sheetsToScore).toBe(1);
    expect((await mine('m_1')).sheetsToScore).toBeUndefined();
  });

  it('gives the receiving secretary (and the county) the transfers and joins to decide', async () => {
    await tc.data('m_1', 'transfer.request', { scene: sb, note: '到宁波工作了' });
    await tc.data('sec_b', 'branch.joinSettings', { branchId: B._id, approval: true });
    await tc.data('m_9', 'member.join', { scene: sb, groupId: (await tc.data('m_3', 'member.me')).member.groupId, name: '新党员', gender: '男', phone: '13800000009', city: '宁波' });
    expect(await mine('sec_b')).toMatchObject({ transfersToDecide: 1, joinsToDecide: 1 });
    expect(await mine('county_1')).toMatchObject({ transfersToDecide: 1, joinsToDecide: 1 });
    const secA = await mine('sec_a');
    expect([secA.transfersToDecide, secA.joinsToDecide]).toEqual([undefined, undefined]);
    expect((await mine('cadre_1')).transfersToDecide).toBeUndefined();
  });

  it('answers a total that is the sum of its items', async () => {
    const r = await tc.data('county_1', 'todo.mine', {});
    expect(r.total).toBe(r.items.reduce((n: number, i: any) => n + i.count, 0));
  });
});
