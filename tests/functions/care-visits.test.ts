import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { dayAfter, today as currentDay } from './helpers/days';

jest.setTimeout(60_000);

/** 走访慰问 through the real api entry. Branch A: m_0, m_3 (G1), m_1 (G2); branch B: m_2 (G1). */
describe('family visits: visit.log, visit.list and their statistics', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any;
  const ids: string[] = [];
  const today = currentDay();
  const year = Number(today.slice(0, 4));
  const log = (openid: string, over: Record<string, unknown> = {}) =>
    tc.call(openid, 'visit.log', { memberId: ids[0], day: today, visitors: ['李书记', '王村长'], given: '慰问金和米油，帮助联系孩子入学', amount: 500, ...over });

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, B, G1 } = s);
    ids.push(...(await joinMembers(tc, s.sa, s.G1._id, 0, 1)).map((j) => j.member._id));
    ids.push(...(await joinMembers(tc, s.sa, s.G2._id, 1, 1)).map((j) => j.member._id));
    ids.push(...(await joinMembers(tc, s.sb, s.G1._id, 2, 1)).map((j) => j.member._id));
    ids.push(...(await joinMembers(tc, s.sa, s.G1._id, 3, 1)).map((j) => j.member._id));
    await grantRoles(tc, { A, B, G1 }, 'county_1', 'sec_a', 'sec_b', 'cadre_1');
  });
  afterAll(() => tc?.dispose());

  describe('refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('refuses bad input with the field', async () => {
      for (const [over, field] of [
        [{ day: '2026-13-01' }, 'day'],
        [{ visitors: [] }, 'visitors'],
        [{ visitors: Array(11).fill('张') }, 'visitors'],
        [{ given: '' }, 'given'],
        [{ amount: -1 }, 'amount'],
        [{ amount: 10.005 }, 'amount'],
        [{ memberId: undefined }, 'memberId'],
        [{ by: 'sec_a' }, '(payload)'],
      ] as const) {
        const r = await log('sec_a', over);
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
        expect(JSON.stringify((r as any).error.fields)).toContain(field);
      }
    });

    it('refuses days in the future or over a year back', async () => {
      expect((await log('sec_a', { day: dayAfter(2) }) as any).error.code).toBe('VISIT.DAY_INVALID');
      expect((await log('sec_a', { day: dayAfter(-400) }) as any).error.code).toBe('VISIT.DAY_INVALID');
    });

    it('refuses callers who do not cover the family', async () => {
      for (const who of ['sec_b', 'm_0', 'm_1', ADMIN, 'stranger']) expect((await log(who) as any).error.code).toBe('AUTH.FORBIDDEN');
      expect((await log('cadre_1', { memberId: ids[1] }) as any).error.code).toBe('AUTH.FORBIDDEN');
      expect((await log('sec_a', { memberId: 'nobody' }) as any).error.code).toBe('MEMBER.NOT_FOUND');
    });

    it('refuses risky text', async () => {
      tc.lc.faults.msgSecRisky = true;
      try {
        expect((await log('sec_a') as any).error.code).toBe('CONTENT.RISKY');
      } finally {
        tc.lc.faults.msgSecRisky = false;
      }
    });
  });

  it('logs visits and counts each family once a year, with the money given', async () => {
    const first = await tc.data('sec_a', 'visit.log', { memberId: ids[0], day: today, visitors: ['李书记'], given: '慰问金', amount: 500 });
    expect(first.firstOfYear).toBe(true);
    expect(first.visit).toMatchObject({ memberId: ids[0], memberName: '党员000', branchId: A._id, groupId: G1._id, day: today, year, visitors: ['李书记'], amountFen: 50000, by: { openid: 'sec_a' } });
    const again = await tc.data('cadre_1', 'visit.log', { memberId: ids[0], day: today, visitors: ['王村长'], given: '帮助联系医院', amount: 120.5 });
    expect(again.firstOfYear).toBe(false);
    await tc.data('sec_a', 'visit.log', { memberId: ids[1], day: today, visitors: ['李书记'], given: '米和油' });
    await tc.data('sec_b', 'visit.log', { memberId: ids[2], day: today, visitors: ['赵书记'], given: '春节慰问', amount: 200 });

    expect(await tc.data('county_1', 'care.stats', { year })).toMatchObject({ visits: 4, families: 3, amount: 820.5 });
    expect(await tc.data('sec_a', 'care.stats', { year })).toMatchObject({ visits: 3, families: 2, amount: 620.5 });
    expect(await tc.data('cadre_1', 'care.stats', { year })).toMatchObject({ visits: 3, families: 2, amount: 820.5 });
  });

  it('counts a family once even when three organisers log its first visit at once', async () => {
    const results = await Promise.all(['sec_a', 'cadre_1', 'county_1'].map((who) => tc.data(who, 'visit.log', { memberId: ids[3], day: today, visitors: ['甲'], given: '走访' })));
    expect(results.filter((r) => r.firstOfYear)).toHaveLength(1);
    expect(await tc.data('county_1', 'care.stats', { year })).toMatchObject({ visits: 7, families: 4 });
  });

  it('lists visits within the caller\'s scope, newest day first, with paging', async () => {
    const names = async (openid: string, q: object = {}) => (await tc.data(openid, 'visit.list', q)).items.map((v: any) => v.memberName);
    expect(await names('county_1')).toHaveLength(7);
    expect((await names('sec_a')).sort()).toEqual(['党员000', '党员000', '党员001', '党员003', '党员003', '党员003']);
    expect(await names('sec_b')).toEqual(['党员002']);
    expect(await names('sec_a', { memberId: ids[1] })).toEqual(['党员001']);
    expect(await tc.code('sec_b', 'visit.list', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_b', 'visit.list', { memberId: ids[0] })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('m_0', 'visit.list', {})).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('m_0', 'visit.list', { memberId: ids[0] })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_a', 'visit.list', { cursor: 'bogus' })).toBe('INPUT.INVALID');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await tc.data('county_1', 'visit.list', { limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((v: any) => `${v.day}.${v._id}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect([...seen].sort().reverse()).toEqual(seen);
  });
});
