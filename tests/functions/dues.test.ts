import { atShanghai } from '../../src/domain/shared/day.rules';
import { addMonths, monthAt } from '../../src/domain/themeday/occurrence.rules';
import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dayAfter, today } from './helpers/days';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { TIERS as tiers } from './helpers/evaluation';
import { sdkDb } from './helpers/study';
import { planAroundNow } from './helpers/themeday';

jest.setTimeout(120_000);

/**
 * 党费 through the real api entry. Branch A: m_0, m_1 (G1), m_2 (G2); branch B: m_3. m_0 and m_1
 * joined three months ago (set on their records), so three months before the current one are due.
 */
describe('dues', () => {
  let tc: TestCloud;
  let A: any, B: any;
  let ids: string[];
  const now = monthAt(Date.now());
  const back = (n: number) => addMonths(now, -n);
  const pay = (memberId: string, month: string, over: Record<string, unknown> = {}) => ({ memberId, month, amount: 10, method: '微信转账', ...over });

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, B } = s);
    const joined = [...(await joinMembers(tc, s.sa, s.G1._id, 0, 2)), ...(await joinMembers(tc, s.sa, s.G2._id, 2, 1)), ...(await joinMembers(tc, s.sb, s.G1._id, 3, 1))];
    ids = joined.map((j) => j.member._id);
    const threeMonthsAgo = atShanghai(`${back(3)}-15`, '12:00');
    for (const id of ids.slice(0, 2)) await sdkDb().collection('members').doc(id).update({ data: { joinedAt: threeMonthsAgo } });
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1');
  });
  afterAll(() => tc?.dispose());

  describe('dues.record', () => {
    it('lets the branch secretary and the county record a month, answering the record without the recorder’s openid', async () => {
      const r = await tc.data('sec_a', 'dues.record', pay(ids[0], now, { amount: 12.5, method: '现金', note: '主题党日现场交纳' }));
      expect(r).toMatchObject({ _id: `${ids[0]}_${now}`, memberId: ids[0], memberName: '党员000', branchId: A._id, month: now, amount: 12.5, method: '现金', paidOn: today() });
      expect(r).not.toHaveProperty('byOpenid');
      expect(await tc.data('county_1', 'dues.record', pay(ids[0], back(1), { paidOn: dayAfter(-3) }))).toMatchObject({ paidOn: dayAfter(-3) });
      // Paying a year ahead is allowed.
      expect(await tc.data('sec_a', 'dues.record', pay(ids[1], addMonths(now, 1)))).toMatchObject({ month: addMonths(now, 1) });
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses a month recorded twice, whoever records it', async () => {
        const r = await tc.call('county_1', 'dues.record', pay(ids[0], now, { amount: 20 }));
        expect(r).toMatchObject({ ok: false, error: { code: 'DUES.ALREADY_RECORDED' } });
        expect((r as any).error.message).toMatch(/党员000 \d{4}年\d{1,2}月的党费已登记/);
      });
      it('refuses organisers outside the member’s branch, cadres and members', async () => {
        for (const who of ['sec_b', 'cadre_1', 'm_1', 'stranger']) expect(await tc.code(who, 'dues.record', pay(ids[0], back(2)))).toBe('AUTH.FORBIDDEN');
        expect(await tc.code('sec_a', 'dues.record', pay(ids[3], back(2)))).toBe('AUTH.FORBIDDEN');
        expect(await tc.code('sec_a', 'dues.record', pay('nobody', back(2)))).toBe('MEMBER.NOT_FOUND');
      });
      it('refuses bad amounts, methods and months with field-named Chinese messages', async () => {
        for (const amount of [0, -1, 1.234, 100_001, '10']) {
          const r = await tc.call('sec_a', 'dues.record', pay(ids[0], back(2), { amount }));
          expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
          expect((r as any).error.message).toContain('党费金额');
        }
        expect(await tc.code('sec_a', 'dues.record', pay(ids[0], back(2), { method: '刷卡' }))).toBe('INPUT.INVALID');
        expect(await tc.code('sec_a', 'dues.record', pay(ids[0], '2026-13'))).toBe('INPUT.INVALID');
        const ahead = await tc.call('sec_a', 'dues.record', pay(ids[0], addMonths(now, 13)));
        expect(ahead).toMatchObject({ ok: false, error: { code: 'DUES.MONTH_INVALID', fields: [{ path: 'month' }] } });
        expect((ahead as any).error.message).toMatch(/^月份：最多预交到/);
        expect(await tc.code('sec_a', 'dues.record', pay(ids[0], back(61)))).toBe('DUES.MONTH_INVALID');
        expect(await tc.code('sec_a', 'dues.record', pay(ids[0], back(2), { paidOn: dayAfter(1) }))).toBe('DUES.MONTH_INVALID');
      });
    });

    it('keeps one record when the same month is recorded twice at once', async () => {
      const both = await Promise.all([tc.call('sec_a', 'dues.record', pay(ids[2], now)), tc.call('county_1', 'dues.record', pay(ids[2], now, { amount: 30 }))]);
      expect(both.filter((r) => r.ok)).toHaveLength(1);
      expect(both.filter((r) => !r.ok).map((r: any) => r.error.code)).toEqual(['DUES.ALREADY_RECORDED']);
      expect((await sdkDb().collection('dues').where({ memberId: ids[2] }).get()).data).toHaveLength(1);
    });
  });

  describe('dues.void', () => {
    const ahead = addMonths(now, 2);
    it('withdraws a record made in error, keeps why in his history, and lets the month be recorded again', async () => {
      await tc.data('sec_a', 'dues.record', pay(ids[2], ahead, { amount: 99 }));
      expect(await tc.data('sec_a', 'dues.void', { memberId: ids[2], month: ahead, reason: '金额录错' })).toEqual({ memberId: ids[2], month: ahead, voided: true });
      const history = (await sdkDb().collection('member_changes').where({ memberId: ids[2] }).get()).data;
      expect(history.map((c: any) => c.note)).toContainEqual(expect.stringMatching(/^撤销\d{4}年\d{1,2}月党费登记（99 元，微信转账，.*）：金额录错$/));
      expect(await tc.data('sec_a', 'dues.record', pay(ids[2], ahead, { amount: 9.9 }))).toMatchObject({ amount: 9.9 });
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses a month without a record, other branches’ organisers and a missing reason', async () => {
        expect(await tc.code('sec_a', 'dues.void', { memberId: ids[2], month: addMonths(now, 5), reason: '录错了' })).toBe('DUES.NOT_FOUND');
        for (const who of ['sec_b', 'cadre_1', 'm_2']) expect(await tc.code(who, 'dues.void', { memberId: ids[2], month: ahead, reason: '录错了' })).toBe('AUTH.FORBIDDEN');
        const r = await tc.call('sec_a', 'dues.void', { memberId: ids[2], month: ahead, reason: '' });
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: '输入有误：撤销原因' } });
      });
    });
  });

  describe('dues.mine and the 提示单 line', () => {
    it('tells a member his records, his arrears and the reminder line', async () => {
      const mine = await tc.data('m_0', 'dues.mine', {});
      expect(mine.records.map((r: any) => r.month)).toEqual([now, back(1)]);
      expect(mine.arrears).toEqual([back(3), back(2)]);
      expect(mine.thisMonthPaid).toBe(true);
      expect(mine.reminder).toContain('的党费未交');
      const m1 = await tc.data('m_1', 'dues.mine', {});
      expect(m1).toMatchObject({ arrears: [back(3), back(2), back(1)], thisMonthPaid: false });
      expect(m1.records.map((r: any) => r.month)).toEqual([addMonths(now, 1)]);
      expect(await tc.data('m_2', 'dues.mine', {})).toMatchObject({ arrears: [], thisMonthPaid: true, reminder: null });
    });

    it('refuses whoever has not joined', async () => {
      expect(await tc.code('stranger', 'dues.mine', {})).toBe('MEMBER.NOT_JOINED');
      expect(await tc.code('county_1', 'dues.mine', {})).toBe('MEMBER.NOT_JOINED');
    });

    it('puts the line on the theme day’s 提示单 of a member who owes, none for one who does not', async () => {
      await tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan: planAroundNow().plan });
      expect((await tc.data('m_1', 'themeday.current', {})).duesReminder).toMatch(/^党费提醒：您有 .*的党费未交，.*也尚未交纳/);
      expect((await tc.data('m_2', 'themeday.current', {})).duesReminder).toBeNull();
    });
  });

  describe('dues.arrears', () => {
    it('lists who in the branch has not paid which months, most first, from records', async () => {
      const r = await tc.data('sec_a', 'dues.arrears', { branchId: A._id });
      expect(r).toMatchObject({ branchId: A._id, from: back(11), to: now, members: 3, paidUp: 1 });
      expect(r.rows).toEqual([
        { memberId: ids[1], name: '党员001', groupId: expect.any(String), unpaid: [back(3), back(2), back(1), now] },
        { memberId: ids[0], name: '党员000', groupId: expect.any(String), unpaid: [back(3), back(2)] },
      ]);
      // The month paid ahead lies outside the span: three records inside it, 12.5 + 10 + 10 yuan.
      expect(r.recorded).toEqual({ count: 3, amount: 32.5 });
      const county = await tc.data('county_1', 'dues.arrears', { branchId: A._id, from: back(2), to: back(1) });
      expect(county.rows.map((x: any) => [x.name, x.unpaid])).toEqual([
        ['党员001', [back(2), back(1)]],
        ['党员000', [back(2)]],
      ]);
    });

    it('refuses other branches’ secretaries, cadres and members, and spans over a year', async () => {
      for (const who of ['sec_b', 'cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'dues.arrears', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'dues.arrears', { branchId: A._id, from: back(12), to: now })).toBe('DUES.MONTH_INVALID');
      expect(await tc.code('sec_a', 'dues.arrears', { branchId: A._id, from: now, to: back(1) })).toBe('DUES.MONTH_INVALID');
      expect(await tc.code('county_1', 'dues.arrears', { branchId: 'nobranch' })).toBe('ORG.NOT_FOUND');
      expect(await tc.data('sec_b', 'dues.arrears', { branchId: B._id })).toMatchObject({ members: 1, paidUp: 0 });
    });
  });

  describe('党费补助 by evaluation tier', () => {
    const year = Number(today().slice(0, 4));
    const R = `r${year}`;

    it('has no tiers, and refuses a payment, before the year’s round closes', async () => {
      expect(await tc.data('county_1', 'dues.subsidies', { year })).toEqual({ year, round: 'none', rows: [], totals: { due: 0, paid: 0 } });
      await tc.data('county_1', 'eval.openRound', { year, startDay: today(), endDay: dayAfter(10), criteria: [{ name: '抓党建', weight: 100, maxScore: 10 }], tiers, reviewerOpenids: ['county_1'] });
      expect(await tc.code('county_1', 'dues.paySubsidy', { year, branchId: A._id, paidOn: today() })).toBe('DUES.NO_TIER');
      await tc.data('county_1', 'eval.score', { roundId: R, branchId: A._id, scores: [8] });
      await tc.data('county_1', 'eval.closeRound', { roundId: R });
    });

    it('lists each evaluated branch’s tier and amount, and records a payment once, at the round’s amount', async () => {
      const before = await tc.data('county_1', 'dues.subsidies', { year });
      expect(before.round).toBe('closed');
      const rowA = before.rows.find((r: any) => r.branchId === A._id);
      expect(rowA).toMatchObject({ tier: '二档', amount: 2000, payment: null });
      const paid = await tc.data('county_1', 'dues.paySubsidy', { year, branchId: A._id, paidOn: today(), note: '银行转账到支部账户' });
      expect(paid).toMatchObject({ _id: `s${year}_${A._id}`, tier: '二档', amount: 2000, paidOn: today() });
      expect(paid).not.toHaveProperty('byOpenid');
      const after = await tc.data('county_1', 'dues.subsidies', { year });
      expect(after.rows.find((r: any) => r.branchId === A._id).payment).toMatchObject({ amount: 2000 });
      expect(after.totals).toEqual({ due: before.totals.due, paid: 2000 });
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses a second payment, an unscored branch, a future day and anyone but the county', async () => {
        expect(await tc.code('county_1', 'dues.paySubsidy', { year, branchId: A._id, paidOn: today() })).toBe('DUES.SUBSIDY_PAID');
        expect(await tc.code('county_1', 'dues.paySubsidy', { year, branchId: B._id, paidOn: today() })).toBe('DUES.NO_TIER');
        expect(await tc.code('county_1', 'dues.paySubsidy', { year, branchId: 'nobranch', paidOn: today() })).toBe('DUES.NO_TIER');
        expect(await tc.code('county_1', 'dues.paySubsidy', { year, branchId: B._id, paidOn: dayAfter(1) })).toBe('DUES.MONTH_INVALID');
        expect(await tc.code('county_1', 'dues.paySubsidy', { year: year - 1, branchId: A._id, paidOn: today() })).toBe('DUES.NO_TIER');
        for (const who of ['sec_a', 'm_0', 'admin_openid', 'stranger']) {
          expect(await tc.code(who, 'dues.paySubsidy', { year, branchId: A._id, paidOn: today() })).toBe('AUTH.FORBIDDEN');
          expect(await tc.code(who, 'dues.subsidies', { year })).toBe('AUTH.FORBIDDEN');
        }
      });
    });
  });
});
