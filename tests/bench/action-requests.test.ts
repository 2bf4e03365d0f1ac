import { ADMIN, seedTwoBranches, startTestCloud, type TestCloud } from '../functions/helpers/cloud';
import { measureActionRequests } from '../../bench/action-requests';
import { checkWriteTargets } from '../../bench/write-targets';

jest.setTimeout(60_000);

/** The per-action request hook of `npm run bench`: counts each call on its own and measures refusals too. */
describe('measureActionRequests', () => {
  let tc: TestCloud;
  beforeAll(async () => {
    tc = await startTestCloud();
    await seedTwoBranches(tc);
  });
  afterAll(() => tc?.dispose());

  it('answers each case\'s own request count, refusals with their code', async () => {
    const costs = await measureActionRequests(tc.lc, [
      { action: 'org.tree', openid: ADMIN },
      { action: 'member.list', openid: ADMIN, payload: { limit: 20 }, label: 'member.list (county)' },
      { action: 'member.list', openid: 'stranger', payload: { limit: 20 }, label: 'member.list (stranger)' },
    ]);
    expect(costs.map((c) => c.label)).toEqual(['org.tree', 'member.list (county)', 'member.list (stranger)']);
    // Each figure equals the same call measured alone.
    expect(costs[1].requests).toBe(await tc.requests(() => tc.data(ADMIN, 'member.list', { limit: 20 })));
    expect(costs[0].code).toBeNull();
    expect(costs[0].requests).toBeGreaterThan(0);
    expect(costs[2].code).toBe('AUTH.FORBIDDEN');
  });
});

describe('checkWriteTargets', () => {
  it('meets the target only with a measured, accepted count at or under the limit', () => {
    const checks = checkWriteTargets([
      { label: 'member.join (newcomer)', requests: 5, code: null },
      { label: 'checkin.submit (target)', requests: 3, code: null },
      { label: 'themeday.signin (peer)', requests: 2, code: 'THEMEDAY.ALREADY_SIGNED' },
    ]);
    expect(checks.map((c) => [c.action, c.requests, c.met])).toEqual([
      ['member.join', 5, false],
      ['checkin.submit', 3, true],
      ['themeday.signin', 2, false],
    ]);
  });
});
