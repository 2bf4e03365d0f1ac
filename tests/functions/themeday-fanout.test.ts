import { ADMIN, bootstrapCounty, createBranch, startTestCloud, type TestCloud } from './helpers/cloud';
import { sdkDb } from './helpers/study';
import { planAroundNow } from './helpers/themeday';

jest.setTimeout(300_000);
// The local outbox has no rate limit of its own: lift the function's throttle so 2,000 sends take seconds.
process.env.THEMEDAY_SENDS_PER_SECOND = '100000';
// Nor has it a database quota: lift the fan-out's request budget too (bench/fanout-throughput.ts measures at it).
process.env.THEMEDAY_DB_REQUESTS_PER_SECOND = '100000';

const N = 2000;
const TPL = 'THEMEDAY_REMINDER';
const pad = (i: number) => String(i).padStart(5, '0');

/** Every 10th member (from the 5th) holds a long-term subscription instead of one-time sends. */
const longTerm = (j: number) => j % 10 === 5;

/**
 * The reminder fan-out over 2,000 members: every 10th has no consent, every 10th a long-term
 * subscription, sends meet refusals, quota,
 * timeouts and rate limits, and the first run crashes after 150 sends. Re-runs finish with every
 * member with consent either reminded exactly once or listed with a reason, no member sent to
 * twice, members without consent never touched, and under 0.1 database requests per member.
 */
describe('cron-theme-day fan-out', () => {
  let tc: TestCloud;
  let A: any;
  const db = () => sdkDb();

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    A = await createBranch(tc, '杭州云支部', '杭州');
    // The meeting is on now: its day-of reminder is due.
    await tc.data(ADMIN, 'themeday.plan', { kind: 'rule', branchId: A._id, plan: planAroundNow().plan });
    const d = db();
    for (let i = 0; i < N; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) => i + k).flatMap((j) => [
          d.collection('members').add({ data: { _id: `mem${pad(j)}`, openid: `o_${j}`, branchId: A._id, groupId: 'g1', name: `党员${j}`, phone: '13800000000', status: '正常' } }),
          ...(j % 10 === 0
            ? []
            : [d.collection('themedayConsents').add({ data: { _id: `o_${j}_${TPL}`, openid: `o_${j}`, memberId: `mem${pad(j)}`, branchId: A._id, templateId: TPL, available: longTerm(j) ? 0 : j % 7 === 0 ? 2 : 1, accepted: 1, longTerm: longTerm(j), updatedAt: 0 } })]),
        ]),
      );
    }
  });
  afterAll(() => tc?.dispose());

  async function all(coll: string): Promise<any[]> {
    const out: any[] = [];
    for (let skip = 0; ; skip += 1000) {
      const { data } = await db().collection(coll).where({}).orderBy('_id', 'asc').skip(skip).limit(1000).get();
      out.push(...data);
      if (data.length < 1000) return out;
    }
  }

  it('finishes after a crash with each member reminded once or listed with a reason', async () => {
    // Two long-term subscribers have turned their subscription off in WeChat: every send to them is refused.
    tc.lc.faults.subscribeSendTo = { o_15: 'refused', o_1995: 'refused' };
    tc.lc.faults.subscribeSend = ['refused', 'quota', 'timeout', 'rate', 'refused', 'rate', 'rate', 'rate', ...Array(300).fill(null).map((_, i) => (i % 100 === 50 ? 'refused' : undefined)).filter(Boolean)] as any;
    tc.lc.stats.reset();
    // The first run dies after 150 sends (inside the first tick, however short its time limit),
    // between a send and its record (the worst place).
    await Promise.resolve(tc.lc.invoke('cron-theme-day', { crashAfterSends: 150 })).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500)); // let the crashed run's in-flight sends land
    let last: any;
    // Each tick stops with margin inside the function's time limit: as many ticks as that takes.
    for (let k = 0; k < 60 && !last?.done; k++) last = await tc.lc.invoke('cron-theme-day', {});
    expect(last).toMatchObject({ done: true });
    const requests = tc.lc.stats.dbRequests;

    const deliveries = await all('themedayDeliveries');
    // Only members with consent are walked: the others cost nothing and get no record.
    const withConsent = N - N / 10;
    expect(deliveries).toHaveLength(withConsent);
    expect(new Set(deliveries.map((d) => d.memberId)).size).toBe(withConsent);
    expect(deliveries.filter((d) => Number(d.openid.slice(2)) % 10 === 0)).toEqual([]);
    expect(deliveries.filter((d) => d.state === 'pending')).toEqual([]);
    const by = (s: string, reason?: string) => deliveries.filter((d) => d.state === s && (reason === undefined || d.reason === reason));

    const sends: any[] = tc.lc.outbox.filter((e: any) => e.kind === 'subscribeMessage');
    const ok = sends.filter((e: any) => e.result.errcode === 0);
    const okPerUser = new Map<string, number>();
    for (const e of ok) okPerUser.set(e.touser, (okPerUser.get(e.touser) ?? 0) + 1);
    // Nobody receives twice; every "sent" has its one message; "interrupted" ones may or may not have.
    expect([...okPerUser.values()].every((n) => n === 1)).toBe(true);
    for (const d of by('sent')) expect(okPerUser.get(d.openid)).toBe(1);
    for (const [openid] of okPerUser) expect(['sent', 'failed']).toContain(deliveries.find((d) => d.openid === openid).state);
    // A member is attempted more than once only after a rate limit (certainly not delivered).
    const attempts = new Map<string, any[]>();
    for (const e of sends) attempts.set(e.touser, [...(attempts.get(e.touser) ?? []), e.result.errcode]);
    for (const codes of attempts.values()) expect(codes.slice(0, -1).every((c) => c === 45011)).toBe(true);

    expect([...attempts.keys()].filter((o) => Number(o.slice(2)) % 10 === 0)).toEqual([]);
    expect(by('refused').length).toBeGreaterThanOrEqual(2);
    expect(by('refused').length).toBeGreaterThanOrEqual(2);
    // Each recorded result is what the platform answered to that member's last attempt.
    const expectedCode: Record<string, number> = { sent: 0, refused: 43101, 'failed/quota': 45009, 'failed/timeout': -1 /* the outbox logs a timeout as -1; the SDK sees -501002 */, 'failed/rate_limited': 45011 };
    for (const d of deliveries) {
      const key = d.state === 'failed' ? `failed/${d.reason}` : d.state;
      if (key in expectedCode) expect(attempts.get(d.openid)!.at(-1)).toBe(expectedCode[key]);
    }
    expect(by('failed', 'quota').length + by('failed', 'timeout').length).toBeGreaterThanOrEqual(1);
    // A rate-limited send was retried and then delivered.
    expect([...attempts.values()].some((c) => c[0] === 45011 && c.at(-1) === 0)).toBe(true);
    const interrupted = by('failed', 'interrupted').length;
    expect(interrupted).toBeGreaterThanOrEqual(1);
    // A crash loses at most one chunk of answers (recorded together, 50).
    expect(interrupted).toBeLessThanOrEqual(50);
    expect(by('sent').length + by('refused').length + by('failed').length).toBe(withConsent);
    expect(requests / N).toBeLessThanOrEqual(0.1);

    // One consent spent per send attempt that may have delivered; a rate-limited one is refunded;
    // a long-term subscription spends nothing and ends when WeChat refuses (the member turned it off).
    const docs = new Map((await all('themedayConsents')).map((c) => [c.openid, c]));
    const jOf = (openid: string) => Number(openid.slice(2));
    for (const d of by('sent')) expect(docs.get(d.openid).available).toBe(longTerm(jOf(d.openid)) ? 0 : jOf(d.openid) % 7 === 0 ? 1 : 0);
    for (const rl of by('failed', 'rate_limited')) expect(docs.get(rl.openid).available).toBe(longTerm(jOf(rl.openid)) ? 0 : jOf(rl.openid) % 7 === 0 ? 2 : 1);
    const longTermSent = by('sent').filter((d) => longTerm(jOf(d.openid)));
    expect(longTermSent.length).toBeGreaterThan(150);
    for (const d of longTermSent) expect(docs.get(d.openid).longTerm).toBe(true);
    for (const openid of ['o_15', 'o_1995']) {
      expect(deliveries.find((d) => d.openid === openid).state).toBe('refused');
      expect(docs.get(openid)).toMatchObject({ longTerm: false, available: 0 });
    }
    console.log(`fan-out: ${N} members, ${requests} database requests (${(requests / N).toFixed(2)} per member), ${by('sent').length} sent`);
  });

  it('is idempotent: a further run sends nothing', async () => {
    const before = tc.lc.outbox.length;
    expect(await tc.lc.invoke('cron-theme-day', {})).toMatchObject({ done: true, sent: 0 });
    expect(tc.lc.outbox.length).toBe(before);
  });

  it('runs one tick at a time: an overlapping tick does nothing', async () => {
    const ticks = await Promise.all([tc.lc.invoke('cron-theme-day', {}), tc.lc.invoke('cron-theme-day', {})]);
    expect(ticks.filter((t: any) => t.busy)).toHaveLength(1);
    // The lease is given back at the end of a tick: the next one runs.
    expect(await tc.lc.invoke('cron-theme-day', {})).toMatchObject({ done: true });
  });

  it('ignores calls from clients (an OPENID)', async () => {
    expect(await tc.lc.invoke('cron-theme-day', {}, { openid: 'm_1' })).toMatchObject({ processed: 0 });
  });
});
