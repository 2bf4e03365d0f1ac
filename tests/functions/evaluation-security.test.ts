import { ADMIN, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { dayAfter } from './helpers/days';
import { TIERS as tiers } from './helpers/evaluation';

jest.setTimeout(60_000);

const criteria = [
  { name: '抓党建', weight: 50, maxScore: 10 },
  { name: '促发展', weight: 50, maxScore: 10 },
];

/**
 * Review finding on 述职评议: the snapshot taken at opening names the secretaries of that day; a
 * reviewer who becomes a branch's secretary during the round must not score that branch either.
 * Branches A and B have no secretary grant at opening; m_0 (a member of A) is a reviewer.
 */
describe('evaluation security', () => {
  let tc: TestCloud;
  let A: any, B: any;

  beforeAll(async () => {
    tc = await startTestCloud();
    const s = await seedTwoBranches(tc);
    ({ A, B } = s);
    await joinMembers(tc, s.sa, s.G1._id, 0, 1);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    await tc.data('county_1', 'eval.openRound', { year: 2026, startDay: dayAfter(0), endDay: dayAfter(10), criteria, tiers, reviewerOpenids: ['county_1', 'm_0'] });
    await tc.data(ADMIN, 'org.grantRole', { openid: 'm_0', role: 'secretary', branchId: A._id });
  });
  afterAll(() => tc?.dispose());

  it('refuses a reviewer scoring the branch he now runs, changing nothing', async () => {
    const before = await dumpDatabase();
    expect(await tc.code('m_0', 'eval.score', { roundId: 'r2026', branchId: A._id, scores: [10, 10] })).toBe('EVAL.OWN_BRANCH');
    expect(await dumpDatabase()).toEqual(before);
    const rows = (await tc.data('m_0', 'eval.sheet', { roundId: 'r2026' })).rows;
    expect(rows.map((r: any) => [r.branchId, r.own])).toEqual(expect.arrayContaining([[A._id, true], [B._id, false]]));
    expect((await tc.data('m_0', 'eval.score', { roundId: 'r2026', branchId: B._id, scores: [8, 9] })).revised).toBe(false);
  });
});
