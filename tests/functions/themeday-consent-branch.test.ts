import { ADMIN, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';

jest.setTimeout(120_000);

/**
 * The fan-out walks a branch's consents (cron-theme-day), so a consent must name the branch its
 * member is in: themeday.subscribe stamps it, and a move by member.update carries it along.
 */
describe('reminder consents follow the member’s branch', () => {
  let tc: TestCloud;
  afterAll(() => tc?.dispose());

  it('is stamped at subscribe and moved with the member', async () => {
    tc = await startTestCloud();
    const { A, B, G1, G2, sa } = await seedTwoBranches(tc);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    const [{ member }] = await joinMembers(tc, sa, G1._id, 0, 1);
    await tc.data('m_0', 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } });
    const consent = async () => (await sdkDb().collection('themedayConsents').where({ openid: 'm_0' }).get()).data;
    expect(await consent()).toMatchObject([{ branchId: A._id, available: 1 }]);

    await tc.data('county_1', 'transfer.move', { memberId: member._id, toBranchId: B._id, toGroupId: G2._id });
    expect(await consent()).toMatchObject([{ branchId: B._id, available: 1 }]);
  });
});
