import { ADMIN, bootstrapCounty, createBranch, grantRoles, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';
import { planAroundNow } from './helpers/themeday';

jest.setTimeout(300_000);
// The local outbox has no rate limit of its own: lift the function's throttle (as in themeday-fanout.test.ts).
process.env.THEMEDAY_SENDS_PER_SECOND = '100000';
process.env.THEMEDAY_DB_REQUESTS_PER_SECOND = '100000';

const N = 300;
const TPL = 'THEMEDAY_REMINDER';
const pad = (i: number) => String(i).padStart(5, '0');

/**
 * themeday.delivery: the secretary's view of the reminder fan-out — progress while a run is cut
 * short, counts by state matching the records, the not-reached list (paged, phones per caller), scope.
 */
describe('themeday.delivery', () => {
  let tc: TestCloud;
  let A: any;
  let B: any;
  let occurrenceId: string;
  const db = () => sdkDb();

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    A = await createBranch(tc, '杭州云支部', '杭州');
    B = await createBranch(tc, '宁波云支部', '宁波');
    await grantRoles(tc, { A, B }, 'county_1', 'sec_a', 'sec_b');
    const plan = await tc.data(ADMIN, 'themeday.plan', { kind: 'rule', branchId: A._id, plan: planAroundNow().plan });
    occurrenceId = plan.next.id;
    const d = db();
    for (let i = 0; i < N; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) => i + k).flatMap((j) => [
          d.collection('members').add({ data: { _id: `mem${pad(j)}`, openid: `o_${j}`, branchId: A._id, groupId: 'g1', name: `党员${j}`, phone: `138${String(j).padStart(8, '0')}`, status: '正常' } }),
          ...(j % 10 === 0 ? [] : [d.collection('themedayConsents').add({ data: { _id: `o_${j}_${TPL}`, openid: `o_${j}`, memberId: `mem${pad(j)}`, branchId: A._id, templateId: TPL, available: 1, accepted: 1, updatedAt: 0 } })]),
        ]),
      );
    }
    await d.collection('unitCounters').doc(`branch:${A._id}`).update({ data: { memberCount: N } });
  });
  afterAll(() => tc?.dispose());

  async function records(): Promise<any[]> {
    const out: any[] = [];
    for (let skip = 0; ; skip += 1000) {
      const { data } = await db().collection('themedayDeliveries').where({ occurrenceId }).orderBy('_id', 'asc').skip(skip).limit(1000).get();
      out.push(...data);
      if (data.length < 1000) return out;
    }
  }

  it('shows a run in progress: started, not finished, what is recorded so far', async () => {
    const before = await tc.data('sec_a', 'themeday.delivery', { occurrenceId, stage: 'dayOf' });
    expect(before.stages).toEqual([expect.objectContaining({ stage: 'dayOf', started: false, finished: false, processed: 0, expected: N })]);

    tc.lc.faults.subscribeSend = ['refused', 'quota', 'timeout', 'rate', 'rate', 'rate', 'refused'] as any;
    await Promise.resolve(tc.lc.invoke('cron-theme-day', { crashAfterSends: 150 })).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    const mid = await tc.data('sec_a', 'themeday.delivery', { occurrenceId, stage: 'dayOf' });
    const s = mid.stages[0];
    expect(s).toMatchObject({ started: true, finished: false, expected: N });
    expect(s.processed).toBeGreaterThan(0);
    expect(s.processed).toBeLessThan(N);
    const recs = await records();
    expect(s.processed).toBe(recs.length);
    // Members without consent are counted once the run has finished, not while it goes.
    expect(s.counts.no_consent).toBe(0);
  });

  it('after the run: counts match the records, the not-reached list matches, paged', async () => {
    const sends = () => tc.lc.outbox.filter((e: any) => e.kind === 'subscribeMessage');
    // Reminders open the version MINIPROGRAM_STATE names: the local cloud's default is developer.
    const firstRun = sends().length;
    expect(firstRun).toBeGreaterThan(0);
    expect(new Set(sends().map((e: any) => e.miniprogramState))).toEqual(new Set(['developer']));
    process.env.MINIPROGRAM_STATE = 'trial';
    let last: any;
    try {
      for (let k = 0; k < 60 && !last?.done; k++) last = await tc.lc.invoke('cron-theme-day', {});
    } finally {
      process.env.MINIPROGRAM_STATE = 'developer';
    }
    expect(last).toMatchObject({ done: true });
    expect(sends().length).toBeGreaterThan(firstRun);
    expect(new Set(sends().slice(firstRun).map((e: any) => e.miniprogramState))).toEqual(new Set(['trial']));
    const recs = await records();
    // One record per member with consent: the others are never read.
    expect(recs).toHaveLength(N - N / 10);

    let requests = 0;
    let view: any;
    requests = await tc.requests(async () => (view = await tc.data('sec_a', 'themeday.delivery', { occurrenceId, stage: 'dayOf', limit: 20 })));
    const s = view.stages[0];
    expect(s).toMatchObject({ stage: 'dayOf', started: true, finished: true, processed: N, expected: N });
    for (const st of ['sent', 'refused', 'failed', 'pending']) expect(s.counts[st]).toBe(recs.filter((r) => r.state === st).length);
    expect(s.counts.no_consent).toBe(N / 10);
    expect(s.counts.refused).toBeGreaterThanOrEqual(2);
    expect(s.counts.failed).toBeGreaterThanOrEqual(3); // quota, timeout, interrupted (+ rate_limited)
    expect(s.counts.pending).toBe(0);
    // caller; branch, cursor docs, 5 counts, the page (in parallel); the page's members.
    expect(requests).toBe(10);

    // Page through the not-reached list.
    const listed: any[] = [...view.notReached];
    let cursor = view.notReachedNextCursor;
    while (cursor) {
      const page = await tc.data('sec_a', 'themeday.delivery', { occurrenceId, stage: 'dayOf', limit: 20, cursor });
      expect(page.notReached.length).toBeLessThanOrEqual(20);
      listed.push(...page.notReached);
      cursor = page.notReachedNextCursor;
    }
    const expected = recs.filter((r) => ['refused', 'failed'].includes(r.state));
    expect(listed.map((x) => x.memberId).sort()).toEqual(expected.map((r) => r.memberId).sort());
    for (const x of listed) {
      const r = expected.find((e) => e.memberId === x.memberId);
      const j = Number(x.memberId.slice(3));
      expect(x).toEqual({ memberId: r.memberId, name: `党员${j}`, phone: `138${String(j).padStart(8, '0')}`, stage: 'dayOf', state: r.state, reason: r.reason ?? null });
    }
    expect(listed.some((x) => x.state === 'failed' && x.reason === 'interrupted')).toBe(true);
    expect(listed.some((x) => x.state === 'refused')).toBe(true);

    // Without a stage: both stages, the 'before' one never ran.
    const both = await tc.data('sec_a', 'themeday.delivery', { occurrenceId, limit: 1 });
    expect(both.stages.map((x: any) => [x.stage, x.started])).toEqual([['before', false], ['dayOf', true]]);
    expect(both.notReached).toHaveLength(1);
  });

  it('masks phones for the sysadmin, shows them to the county', async () => {
    const sys = await tc.data(ADMIN, 'themeday.delivery', { occurrenceId, stage: 'dayOf', limit: 5 });
    expect(sys.notReached[0].phone).toMatch(/^138\*{4}\d{4}$/);
    const county = await tc.data('county_1', 'themeday.delivery', { occurrenceId, stage: 'dayOf', limit: 5 });
    expect(county.notReached[0].phone).toMatch(/^138\d{8}$/);
    expect(county.stages[0].counts).toEqual(sys.stages[0].counts);
  });

  it('refuses other branches\' secretaries and members; checks the input', async () => {
    expect(await tc.code('sec_b', 'themeday.delivery', { occurrenceId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('o_1', 'themeday.delivery', { occurrenceId })).toBe('AUTH.FORBIDDEN');
    expect(await tc.code('sec_a', 'themeday.delivery', { occurrenceId, stage: 'after' })).toBe('INPUT.INVALID');
    expect(await tc.code('sec_a', 'themeday.delivery', { occurrenceId, limit: 500 })).toBe('INPUT.INVALID');
    expect(await tc.code('sec_a', 'themeday.delivery', { occurrenceId: 'nope' })).toBe('THEMEDAY.NOT_FOUND');
  });
});
