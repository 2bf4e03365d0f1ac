import { grantRoles, joinMembers, profile, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dayAfter, today } from './helpers/days';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { sdkDb } from './helpers/study';

jest.setTimeout(120_000);

/**
 * 活动证 through the real api entry. Branch A: m_0 (G1, no card), m_1 (G1, a card entered in his
 * profile at join, before card records existed), m_2 (G2); branch B: m_3.
 */
describe('activity cards', () => {
  let tc: TestCloud;
  let B: any, sa: string, G1: any;
  let ids: string[];
  const issue = (memberId: string, over: Record<string, unknown> = {}) => ({ kind: 'issue', memberId, cardNo: 'HZ-2026-0001', day: today(), validUntil: dayAfter(730), ...over });

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ B, sa, G1 } = s);
    const m0 = await joinMembers(tc, sa, G1._id, 0, 1);
    const m1 = await tc.data('m_1', 'member.join', { scene: sa, groupId: G1._id, ...profile(1, { activityCardNo: 'HZ-OLD-0001', activityCardExpiry: dayAfter(20) }) });
    const m2 = await joinMembers(tc, sa, s.G2._id, 2, 1);
    const m3 = await joinMembers(tc, s.sb, G1._id, 3, 1);
    ids = [m0[0].member._id, m1.member._id, m2[0].member._id, m3[0].member._id];
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1');
  });
  afterAll(() => tc?.dispose());

  it('shows a card entered in the profile as the first line of its history, nothing migrated', async () => {
    const h = await tc.data('m_1', 'card.history', {});
    expect(h.card).toMatchObject({ cardNo: 'HZ-OLD-0001', validUntil: dayAfter(20), state: 'expiring', daysLeft: 20 });
    expect(h.events).toEqual([expect.objectContaining({ kind: 'profile', cardNo: 'HZ-OLD-0001', validUntil: dayAfter(20) })]);
    expect((await sdkDb().collection('activityCards').where({}).get()).data).toHaveLength(0);
  });

  it('issues a card: a record, the member’s number and date moved, a history entry; the ledger reads the new card', async () => {
    const r = await tc.data('sec_a', 'card.record', issue(ids[0], { note: '外出务工前办理' }));
    expect(r.event).toMatchObject({ kind: 'issue', memberId: ids[0], cardNo: 'HZ-2026-0001', validUntil: dayAfter(730), day: today() });
    expect(r.event).not.toHaveProperty('byOpenid');
    expect(r.card).toMatchObject({ cardNo: 'HZ-2026-0001', state: 'valid' });
    const member = await tc.data('sec_a', 'member.get', { memberId: ids[0] });
    expect(member.member).toMatchObject({ activityCardNo: 'HZ-2026-0001', activityCardExpiry: dayAfter(730) });
    const changes = (await sdkDb().collection('member_changes').where({ memberId: ids[0] }).get()).data;
    expect(changes.find((c: any) => c.note === '活动证发证').changes.map((c: any) => c.field).sort()).toEqual(['activityCardExpiry', 'activityCardNo']);
  });

  it('renews a legacy card to a later date, keeping its number, and the history then holds the records', async () => {
    const r = await tc.data('county_1', 'card.record', { kind: 'renew', memberId: ids[1], day: today(), validUntil: dayAfter(400) });
    expect(r.card).toMatchObject({ cardNo: 'HZ-OLD-0001', validUntil: dayAfter(400), state: 'valid' });
    const h = await tc.data('sec_a', 'card.history', { memberId: ids[1] });
    expect(h.events.map((e: any) => e.kind)).toEqual(['renew']);
  });

  it('records one 年审 a year, leaving the date as it is', async () => {
    const year = Number(today().slice(0, 4));
    const r = await tc.data('sec_a', 'card.record', { kind: 'check', memberId: ids[0], year, day: today(), passed: true });
    expect(r.event).toMatchObject({ kind: 'check', year, passed: true, validUntil: dayAfter(730) });
    expect(await tc.code('county_1', 'card.record', { kind: 'check', memberId: ids[0], year, day: today(), passed: false })).toBe('CARD.CHECK_EXISTS');
    expect((await tc.data('m_0', 'card.history', {})).events.map((e: any) => e.kind)).toEqual(['check', 'issue']);
  });

  describe('refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();
    it('refuses organisers outside the member’s branch, cadres and members', async () => {
      for (const who of ['sec_b', 'cadre_1', 'm_2', 'stranger', 'admin_openid']) expect(await tc.code(who, 'card.record', issue(ids[2]))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'card.record', issue(ids[3]))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'card.record', issue('nobody'))).toBe('MEMBER.NOT_FOUND');
    });
    it('refuses records the current card does not allow, with Chinese reasons', async () => {
      const r = await tc.call('sec_a', 'card.record', issue(ids[0]));
      expect(r).toMatchObject({ ok: false, error: { code: 'CARD.RECORD_INVALID', message: '发证：该党员已有有效的活动证，请办理换证续期' } });
      expect(await tc.code('sec_a', 'card.record', { kind: 'renew', memberId: ids[2], day: today(), validUntil: dayAfter(30) })).toBe('CARD.RECORD_INVALID');
      expect(await tc.code('sec_a', 'card.record', { kind: 'renew', memberId: ids[0], day: today(), validUntil: dayAfter(100) })).toBe('CARD.RECORD_INVALID');
      expect(await tc.code('sec_a', 'card.record', issue(ids[2], { day: dayAfter(1) }))).toBe('CARD.RECORD_INVALID');
      expect(await tc.code('sec_a', 'card.record', issue(ids[2], { validUntil: dayAfter(-1) }))).toBe('CARD.RECORD_INVALID');
    });
    it('refuses malformed input naming the field', async () => {
      const r = await tc.call('sec_a', 'card.record', issue(ids[2], { cardNo: '活动证' }));
      expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      expect((r as any).error.message).toContain('活动证编号');
      expect(await tc.code('sec_a', 'card.record', { ...issue(ids[2]), kind: 'lose' })).toBe('INPUT.INVALID');
      expect(await tc.code('sec_a', 'card.record', issue(ids[2], { validUntil: '2026-02-30' }))).toBe('INPUT.INVALID');
    });
    it('shows a member’s card only to him and those who manage him', async () => {
      for (const who of ['m_2', 'sec_b', 'stranger']) expect(await tc.code(who, 'card.history', { memberId: ids[0] })).toBe('AUTH.FORBIDDEN');
      expect((await tc.data('cadre_1', 'card.history', { memberId: ids[0] })).card.cardNo).toBe('HZ-2026-0001');
      expect(await tc.code('stranger', 'card.history', {})).toBe('MEMBER.NOT_JOINED');
    });
  });

  describe('lapsing and lapsed cards', () => {
    beforeAll(async () => {
      await sdkDb().collection('members').doc(ids[2]).update({ data: { activityCardNo: 'HZ-LAPSED-02', activityCardExpiry: dayAfter(-5) } });
      await sdkDb().collection('members').doc(ids[3]).update({ data: { activityCardNo: 'NB-LAPSED-03', activityCardExpiry: dayAfter(-40) } });
      await sdkDb().collection('members').doc(ids[1]).update({ data: { activityCardExpiry: dayAfter(30) } });
    });

    it('lists the county’s lapsed cards for the 组织部, one branch’s for its secretary', async () => {
      const county = await tc.data('county_1', 'card.list', {});
      expect(county.items.map((i: any) => [i.memberId, i.state, i.daysLeft]).sort()).toEqual([[ids[2], 'expired', -5], [ids[3], 'expired', -40]].sort());
      expect((await tc.data('county_1', 'card.list', { branchId: B._id })).items.map((i: any) => i.memberId)).toEqual([ids[3]]);
      expect((await tc.data('sec_a', 'card.list', {})).items.map((i: any) => i.memberId)).toEqual([ids[2]]);
      expect((await tc.data('sec_a', 'card.list', { state: 'expiring' })).items.map((i: any) => i.memberId)).toEqual([ids[1]]);
    });

    it('leaves out a member whose mobile status ended', async () => {
      await sdkDb().collection('members').doc(ids[3]).update({ data: { ended: true } });
      expect((await tc.data('county_1', 'card.list', {})).items.map((i: any) => i.memberId)).toEqual([ids[2]]);
      await sdkDb().collection('members').doc(ids[3]).update({ data: { ended: false } });
    });

    it('refuses other branches and callers without the role', async () => {
      expect(await tc.code('sec_a', 'card.list', { branchId: B._id })).toBe('AUTH.FORBIDDEN');
      for (const who of ['cadre_1', 'm_0', 'stranger', 'admin_openid']) expect(await tc.code(who, 'card.list', {})).toBe('AUTH.FORBIDDEN');
    });

    it('reminds the member and his secretary 30 days ahead in the to-do list, and lapsed cards too', async () => {
      const todo = async (openid: string) => Object.fromEntries((await tc.data(openid, 'todo.mine', {})).items.map((i: any) => [i.kind, i.count]));
      expect((await todo('m_1')).cardExpiring).toBe(1);
      expect((await todo('m_2')).cardExpiring).toBe(1);
      expect((await todo('m_0')).cardExpiring).toBeUndefined();
      expect((await todo('sec_a')).cardsExpiringInScope).toBe(2);
      expect((await todo('sec_b')).cardsExpiringInScope).toBe(1);
      expect((await todo('cadre_1')).cardsExpiringInScope).toBeUndefined();
    });
  });
});
