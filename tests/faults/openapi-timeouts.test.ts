/**
 * WeChat's open API times out. Reminders: a timed-out send may still have been delivered, so the
 * design records it `failed / timeout` and never resends it (cron-theme-day/src/index.ts); no
 * member is lost, later ticks send nothing twice, and the secretary's delivery view adds up and
 * lists the timed-out members to follow up by hand. QR codes and content checks: a timeout is
 * SYSTEM.BUSY with nothing written, and the same request succeeds once the API answers again.
 */
import { ADMIN, createBranch, joinMembers, sceneOf, seedTwoBranches, startTestCloud, type TestCloud } from '../functions/helpers/cloud';
import { dumpDatabase } from '../functions/helpers/dump';
import { newKey, publish, sdkDb, text } from '../functions/helpers/study';
import { planAroundNow } from '../functions/helpers/themeday';

jest.setTimeout(60_000);
// The local outbox has no rate limit of its own: lift the function's throttle.
process.env.THEMEDAY_SENDS_PER_SECOND = '100000';
process.env.THEMEDAY_DB_REQUESTS_PER_SECOND = '100000';

const PER_BRANCH = 30;
/** Every 10th member never consented: the fan-out never reads him, so he has no record. */
const consents = (i: number) => i % 10 !== 0;
const CONSENTING = PER_BRANCH - PER_BRANCH / 10;

describe('open API timeouts', () => {
  let tc: TestCloud;
  let org: Awaited<ReturnType<typeof seedTwoBranches>>;
  const { month, plan } = planAroundNow();
  const occ = (branchId: string) => `${branchId}_${month}`;

  beforeAll(async () => {
    tc = await startTestCloud();
    org = await seedTwoBranches(tc);
    await tc.data(ADMIN, 'org.grantRole', { openid: 'county_1', role: 'county' });
    const joined = [...(await joinMembers(tc, org.sa, org.G1._id, 0, PER_BRANCH)), ...(await joinMembers(tc, org.sb, org.G2._id, PER_BRANCH, PER_BRANCH))];
    await Promise.all(joined.map((_, i) => (consents(i) ? tc.data(`m_${i}`, 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } }) : null)));
  });
  afterEach(() => {
    tc.lc.faults.subscribeSend = [];
    tc.lc.faults.subscribeSendAll = null;
    tc.lc.faults.openapiTimeout = [];
    jest.restoreAllMocks();
  });
  afterAll(() => tc?.dispose());

  const deliveries = async (occurrenceId: string) => (await sdkDb().collection('themedayDeliveries').where({ occurrenceId }).limit(1000).get()).data as any[];
  const sendsTo = (openids: Set<string>) => tc.lc.outbox.filter((e: any) => e.kind === 'subscribeMessage' && openids.has(e.touser));

  async function tickUntilDone() {
    let last: any;
    for (let k = 0; k < 30 && !last?.done; k++) last = await tc.lc.invoke('cron-theme-day', {});
    expect(last).toMatchObject({ done: true });
  }

  /** The delivery view of one branch's meeting: counts add up to the members, timeouts listed with their reason. */
  async function expectViewAddsUp(branchId: string, timedOut: number) {
    const v = await tc.data('county_1', 'themeday.delivery', { occurrenceId: occ(branchId), limit: 200 });
    const ran = v.stages.filter((x: any) => x.started); // the meeting is on: only its day-of stage ran
    expect(ran.map((x: any) => x.stage)).toEqual(['dayOf']);
    const [stage] = ran;
    const counted = Object.values(stage.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect({ processed: stage.processed, counted, finished: stage.finished }).toEqual({ processed: PER_BRANCH, counted: PER_BRANCH, finished: true });
    expect(stage.expected).toBe(PER_BRANCH);
    expect(stage.counts).toMatchObject({ failed: timedOut, no_consent: PER_BRANCH / 10, pending: 0 });
    expect(v.notReached.filter((n: any) => n.reason === 'timeout')).toHaveLength(timedOut);
  }

  it('a fan-out that meets queued timeouts: those members are recorded failed/timeout and never sent again; everyone else is reminded once', async () => {
    await tc.data('county_1', 'themeday.plan', { kind: 'rule', branchId: org.A._id, plan });
    tc.lc.faults.subscribeSend = ['timeout', 'timeout', 'timeout'];
    await tickUntilDone();
    await tickUntilDone(); // a later tick resends nothing
    const ds = await deliveries(occ(org.A._id));
    expect(ds).toHaveLength(CONSENTING);
    expect(new Set(ds.map((d) => d.memberId)).size).toBe(CONSENTING);
    const timedOut = ds.filter((d) => d.state === 'failed');
    expect(timedOut.map((d) => d.reason)).toEqual(['timeout', 'timeout', 'timeout']);
    const sends = sendsTo(new Set(ds.map((d) => d.openid)));
    for (const d of timedOut) expect(sends.filter((e: any) => e.touser === d.openid).map((e: any) => e.result.errcode)).toEqual([-1]);
    for (const d of ds.filter((x) => x.state === 'sent')) expect(sends.filter((e: any) => e.touser === d.openid).map((e: any) => e.result.errcode)).toEqual([0]);
    await expectViewAddsUp(org.A._id, 3);
  });

  it('a whole fan-out under subscribeSendAll: timeout loses no member and, once the API is back, sends nobody twice', async () => {
    await tc.data('county_1', 'themeday.plan', { kind: 'rule', branchId: org.B._id, plan });
    tc.lc.faults.subscribeSendAll = 'timeout';
    await tickUntilDone();
    tc.lc.faults.subscribeSendAll = null;
    const before = tc.lc.outbox.length;
    await tickUntilDone();
    expect(tc.lc.outbox.length).toBe(before);
    const ds = await deliveries(occ(org.B._id));
    expect(ds).toHaveLength(CONSENTING);
    const consenting = ds.filter((d) => consents(Number(d.openid.slice(2))));
    expect(consenting.every((d) => d.state === 'failed' && d.reason === 'timeout')).toBe(true);
    expect(ds.filter((d) => !consents(Number(d.openid.slice(2))))).toEqual([]);
    // The one-time consent is spent: the message may have reached him.
    const left = (await sdkDb().collection('themedayConsents').where({ openid: consenting[0].openid }).get()).data;
    expect(left).toMatchObject([{ available: 0 }]);
    await expectViewAddsUp(org.B._id, consenting.length);
  });

  it('branch.qrcode under a wxacode timeout: SYSTEM.BUSY, nothing written; the retry answers the image', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const C = await createBranch(tc, '苏州云支部', '苏州');
    const before = await dumpDatabase();
    tc.lc.faults.openapiTimeout = ['wxacode.getUnlimited'];
    expect(await tc.code(ADMIN, 'branch.qrcode', { branchId: C._id })).toBe('SYSTEM.BUSY');
    expect(tc.lc.outbox.filter((e: any) => e.kind === 'wxacode' && e.scene.includes(C.code))).toEqual([]);
    expect(await dumpDatabase()).toEqual(before);
    tc.lc.faults.openapiTimeout = [];
    expect(await sceneOf(tc, C._id)).toMatch(/^j1\./);
  });

  it('a check-in whose content check times out stores nothing; the same request is stored once afterwards', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const push = await publish(tc, 'county_1', { title: '超时学习' });
    const payload = { pushId: push._id, text: text('超时'), clientKey: newKey() };
    const before = await dumpDatabase();
    tc.lc.faults.openapiTimeout = ['security.msgSecCheck'];
    expect(await tc.code('m_1', 'checkin.submit', payload)).toBe('SYSTEM.BUSY');
    expect(await dumpDatabase()).toEqual(before);
    tc.lc.faults.openapiTimeout = [];
    expect(await tc.data('m_1', 'checkin.submit', payload)).toMatchObject({ created: true });
    expect(await tc.data('m_1', 'checkin.submit', payload)).toMatchObject({ created: false });
  });
});
