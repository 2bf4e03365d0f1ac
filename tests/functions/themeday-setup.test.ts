import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { addMonths, monthAt } from '../../src/domain/themeday/occurrence.rules';

jest.setTimeout(60_000);

/** themeday.setup: the organiser's forms start from what is saved (rule, place, link, holiday moves, additions, sheets). */
describe('themeday.setup', () => {
  let tc: TestCloud;
  let A: any, B: any;
  const month = monthAt(Date.now());
  const next = addMonths(month, 1);

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, B } = s);
    await joinMembers(tc, s.sa, s.G1._id, 0, 1);
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b');
  });
  afterAll(() => tc?.dispose());

  it('answers nothing saved as null, not as a default rule', async () => {
    expect(await tc.data('sec_a', 'themeday.setup', { branchId: A._id })).toEqual({ months: [month, next], sheets: { [month]: null, [next]: null }, plan: null, additions: { [month]: null, [next]: null }, next: null });
  });

  it('gives back the saved rule with its place, meeting link and holiday move, the additions and the county sheet', async () => {
    const plan = { rule: { kind: 'nthWeekday', n: 2, weekday: 6 }, time: '09:00', durationMinutes: 120, overrides: [{ month: next, day: `${next}-03` }], place: '杭州市西湖区文三路 1 号', meetingUrl: 'https://meeting.tencent.com/dm/abc' };
    await tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan });
    await tc.data('sec_a', 'themeday.plan', { kind: 'additions', branchId: A._id, month: next, additions: { agenda: ['讨论返乡创业'], links: [] } });
    await tc.data('county_1', 'themeday.plan', { kind: 'sheet', month: next, sheet: { theme: '学党章', agenda: ['重温入党誓词'] } });
    const r = await tc.data('sec_a', 'themeday.setup', { branchId: A._id });
    expect(r.plan).toEqual(plan);
    expect(r.additions[next]).toEqual({ agenda: ['讨论返乡创业'], links: [] });
    expect(r.sheets[next]).toEqual({ theme: '学党章', agenda: ['重温入党誓词'], links: [] });
    expect(r.next.branchId).toBe(A._id);
    const current = await tc.data('m_0', 'themeday.current', {});
    expect(current).toMatchObject({ place: plan.place, meetingUrl: plan.meetingUrl });
  });

  it('is the branch secretary\'s and the county\'s only', async () => {
    expect(await tc.code('sec_b', 'themeday.setup', { branchId: A._id })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('m_0', 'themeday.setup', {})).toBe('AUTH.FORBIDDEN');
    expect((await tc.data('county_1', 'themeday.setup', { branchId: B._id })).plan).toBeNull();
  });

  it('refuses a meeting link that is not a web address, in Chinese', async () => {
    const r = await tc.call('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan: { rule: { kind: 'dayOfMonth', day: 10 }, time: '19:30', durationMinutes: 90, meetingUrl: 'zoom' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: '输入有误：计划·线上会议链接' } });
  });
});
