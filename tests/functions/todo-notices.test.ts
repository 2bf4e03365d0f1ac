import { grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dayAfter, today } from './helpers/days';
import { TIERS as tiers } from './helpers/evaluation';
import { publish, sdkDb } from './helpers/study';

jest.setTimeout(180_000);

const TODO = 'TODO_NOTICE';
const STUDY = 'STUDY_NOTICE';

/**
 * 待办 subscribe messages through the real entries: consent by todo.subscribe, events queued by the
 * api actions that cause them, sent by the cron-theme-day tick. Branch A: m_0, m_1 (G1), m_2 (G2);
 * branch B: m_3 (G1).
 */
describe('待办 subscribe messages', () => {
  let tc: TestCloud;
  let s: Awaited<ReturnType<typeof seedTwoBranches>>;
  let memberIds: string[];
  const db = () => sdkDb();
  const tick = () => tc.lc.invoke('cron-theme-day', {}) as Promise<any>;
  const sent = (touser?: string): any[] => tc.lc.outbox.filter((e: any) => e.kind === 'subscribeMessage' && e.result.errcode === 0 && (!touser || e.touser === touser));
  const subscribe = (openid: string, results: Record<string, string>) => tc.data(openid, 'todo.subscribe', { results });
  const queueOf = async (openid: string) => (await db().collection('noticeQueue').where({ openid }).limit(100).get()).data as any[];
  const consent = async (openid: string, tpl: string) => (await db().collection('themedayConsents').doc(`${openid}_${tpl}`).get()).data as any;

  beforeAll(async () => {
    tc = await startTestCloud();
    s = await seedTwoBranches(tc);
    const joined = [...(await joinMembers(tc, s.sa, s.G1._id, 0, 2)), ...(await joinMembers(tc, s.sa, s.G2._id, 2, 1)), ...(await joinMembers(tc, s.sb, s.G1._id, 3, 1))];
    memberIds = joined.map((j) => j.member._id);
    await grantRoles(tc, s, 'county_1', 'sec_a', 'sec_b', 'cadre_1', 'cadre_2');
  });
  afterAll(() => tc?.dispose());

  it('records one message per acceptance, for its own templates only', async () => {
    expect(await tc.code('m_0', 'todo.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } })).toBe('INPUT.INVALID');
    expect(await subscribe('cadre_1', { [TODO]: 'reject' })).toEqual({ consents: {} });
    expect(await subscribe('cadre_1', { [TODO]: 'accept' })).toEqual({ consents: { [TODO]: 1 } });
  });

  it('tells the person given work, once per event and once per acceptance; nobody without consent', async () => {
    const c = await tc.data('m_0', 'care.file', { kind: '欠薪维权', description: '工地拖欠三个月工资，老板联系不上' });
    await tc.data('sec_a', 'care.assign', { caseId: c._id, assigneeOpenid: 'cadre_1', version: 1 });
    // A second event for him while his one acceptance is still unspent: queued too, but only one can go.
    await tc.data('m_3', 'suggest.submit', { title: '建议村集体建设猕猴桃冷库并统一对接电商平台销售', text: '村里的猕猴桃每年都烂掉不少，建议村集体建一个冷库。', category: '产业' });
    expect((await queueOf('cadre_1')).map((n) => n.kind).sort()).toEqual(['careAssigned', 'suggestionsToAnswer']);
    // sec_b (B's secretary) answers suggestions too, but never consented: nothing is queued for him.
    expect(await queueOf('sec_b')).toEqual([]);

    const r = await tick();
    expect(r.notices).toMatchObject({ sent: 1, settled: 2 });
    const [msg] = sent('cadre_1');
    expect(msg).toMatchObject({ templateId: TODO, page: 'admin/care-queue/index?assignedToMe=1', miniprogramState: 'developer' });
    expect(msg.data.thing1.value).toBe('分派给我的求助');
    expect(msg.data.thing2.value).toBe('党员000 · 欠薪维权');
    expect(Object.keys(msg.data).sort()).toEqual(['thing1', 'thing2', 'time3']);
    const states = Object.fromEntries((await queueOf('cadre_1')).map((n) => [n.kind, n.state]));
    expect(states).toEqual({ careAssigned: 'sent', suggestionsToAnswer: 'no_consent' });
    expect((await consent('cadre_1', TODO)).available).toBe(0);

    // Nothing is sent twice, and a later acceptance does not revive an event already settled.
    await subscribe('cadre_1', { [TODO]: 'accept' });
    await tick();
    expect(sent('cadre_1')).toHaveLength(1);
  });

  it('cuts a keyword to WeChat\'s 20 characters', async () => {
    await subscribe('cadre_2', { [TODO]: 'accept' });
    await tc.data('m_2', 'suggest.submit', { title: '建议修缮虎跑村村口至镇上的机耕道并增设路灯方便夜间通行', text: '机耕道坑洼多年，雨天无法通行。', category: '基础设施' });
    await tick();
    const [msg] = sent('cadre_2');
    expect([...msg.data.thing2.value]).toHaveLength(20);
    expect(msg.data.thing2.value.endsWith('…')).toBe(true);
    expect(msg.page).toBe('admin/suggestions/index');
  });

  it('tells a new push to the consenting members of its audience only, once, even when its walk is repeated', async () => {
    await subscribe('m_0', { [STUDY]: 'accept' });
    await subscribe('m_3', { [STUDY]: 'accept' });
    await subscribe('m_1', { [STUDY]: 'accept' });
    await subscribe('m_1', { [STUDY]: 'accept' });
    const toB = await publish(tc, 'sec_b', { title: '宁波支部专题学习', audience: { scope: 'branches', branchIds: [s.B._id] } });
    await tick();
    expect(sent().filter((e: any) => e.templateId === STUDY).map((e: any) => e.touser)).toEqual(['m_3']);
    expect(sent('m_3')[0]).toMatchObject({ page: `pages/study-detail/index?id=${toB._id}` });
    expect(sent('m_3')[0].data.thing2.value).toBe('宁波支部专题学习');

    const county = await publish(tc, 'county_1', { title: '全县专题学习' });
    const scheduled = await publish(tc, 'county_1', { title: '下周的学习', publishAt: Date.now() + 7 * 86_400_000 });
    await tick();
    const forCounty = () => sent().filter((e: any) => e.page === `pages/study-detail/index?id=${county._id}`).map((e: any) => e.touser).sort();
    // m_3 spent his one acceptance on B's push; m_2 never consented.
    expect(forCounty()).toEqual(['m_0', 'm_1']);
    expect(sent().some((e: any) => e.page.endsWith(scheduled._id))).toBe(false);

    // The walk starts over (as after a crash before its cursor was saved): m_1 still has an acceptance, yet nothing is sent again.
    await db().collection('noticeBroadcasts').doc(`studyPushed_${county._id}`).update({ data: { cursor: null, done: false } });
    await tick();
    expect(forCounty()).toEqual(['m_0', 'm_1']);
    expect((await consent('m_1', STUDY)).available).toBe(1);
  });

  it('announces a scheduled push at its edited time, and a withdrawn push to nobody', async () => {
    await subscribe('m_0', { [STUDY]: 'accept' });
    await subscribe('m_0', { [STUDY]: 'accept' });
    const toPage = (push: any) => sent('m_0').filter((e: any) => e.page.endsWith(`id=${push._id}`));
    // Scheduled for next week, then edited to go out now: announced now, not next week.
    const later = await publish(tc, 'county_1', { title: '改为今天发布的学习', publishAt: Date.now() + 7 * 86_400_000 });
    const stored = (await db().collection('studyPushes').doc(later._id).get()).data as any;
    await tc.data('county_1', 'study.update', {
      pushId: stored._id, title: stored.title, issueNo: stored.issueNo, kind: stored.kind, audience: stored.audience, dueDay: stored.dueDay, body: stored.body,
    });
    // Live, then withdrawn before the sender's next tick: nobody is told of it.
    const gone = await publish(tc, 'county_1', { title: '发错了的学习' });
    await tc.data('county_1', 'study.withdraw', { pushId: gone._id });
    await tick();
    expect(toPage(later)).toHaveLength(1);
    expect(toPage(gone)).toEqual([]);
    expect((await consent('m_0', STUDY)).available).toBe(1);
  });

  it('tells a member whose 活动证 expires within 30 days, once per expiry', async () => {
    await tc.data('m_2', 'member.update', { memberId: memberIds[2], changes: { activityCardExpiry: dayAfter(20) } });
    await tc.data('m_1', 'member.update', { memberId: memberIds[1], changes: { activityCardExpiry: dayAfter(60) } });
    await subscribe('m_2', { [TODO]: 'accept' });
    await subscribe('m_2', { [TODO]: 'accept' });
    await subscribe('m_1', { [TODO]: 'accept' });
    // The day's run starts at 09:00 Shanghai; the test starts it now, whatever the hour.
    const id = `cardExpiring_${today()}`;
    await db().collection('noticeBroadcasts').doc(id).set({ data: { kind: 'cardExpiring', templateId: TODO, day: today(), notBefore: 0, cursor: null, done: false, createdAt: 0, updatedAt: 0 } });
    await tick();
    const cards = () => sent().filter((e: any) => e.data.thing1.value === '活动证 30 天内到期');
    expect(cards().map((e: any) => e.touser)).toEqual(['m_2']);
    expect(cards()[0]).toMatchObject({ page: 'pages/profile/index' });
    expect(cards()[0].data.thing2.value).toBe(`${dayAfter(20)} 到期，请及时换发`);
    await db().collection('noticeBroadcasts').doc(id).update({ data: { cursor: null, done: false } });
    await tick();
    expect(cards()).toHaveLength(1);
  });

  it('closes a send a dead tick claimed as interrupted and never sends it', async () => {
    await subscribe('sec_a', { [TODO]: 'accept' });
    const doc = { kind: 'transfersToDecide', openid: 'sec_a', templateId: TODO, page: 'admin/moves/index', data: { thing1: { value: '待审核的转入申请' }, thing2: { value: 'x' }, time3: { value: '2026-12-01 08:00' } }, state: 'sending', claimTick: 'dead', createdAt: 1, updatedAt: 1 };
    await db().collection('noticeQueue').add({ data: { _id: 'transfersToDecide_t1_sec_a', ...doc } });
    await tick();
    expect(sent('sec_a')).toEqual([]);
    expect(await queueOf('sec_a')).toMatchObject([{ state: 'failed', reason: 'interrupted' }]);
  });

  it('puts a rate-limited send back with its acceptance, and sends it on a later tick', async () => {
    await subscribe('sec_b', { [TODO]: 'accept' });
    tc.lc.faults.subscribeSend = ['rate'] as any;
    const scene = s.sb;
    await tc.data('m_0', 'transfer.request', { scene, groupId: s.G1._id });
    const r = await tick();
    expect(r.notices).toMatchObject({ sent: 0, retried: 1 });
    expect(await queueOf('sec_b')).toMatchObject([{ kind: 'transfersToDecide', state: 'queued' }]);
    expect((await consent('sec_b', TODO)).available).toBe(1);
    await tick();
    expect(sent('sec_b')).toHaveLength(1);
    expect(sent('sec_b')[0].data.thing2.value).toBe('党员000申请转入宁波云支部');
    expect((await consent('sec_b', TODO)).available).toBe(0);
  });

  it('tells the reviewers a round names, but not the county who opened it', async () => {
    await subscribe('county_1', { [TODO]: 'accept' });
    const left = (await consent('cadre_1', TODO)).available;
    expect(left).toBe(1);
    await tc.data('county_1', 'eval.openRound', { year: Number(today().slice(0, 4)), startDay: today(), endDay: dayAfter(10), criteria: [{ name: '抓党建', weight: 100, maxScore: 10 }], tiers, reviewerOpenids: ['county_1', 'cadre_1'] });
    await tick();
    const rounds = sent().filter((e: any) => e.data.thing1.value === '待打分的述职评议');
    expect(rounds.map((e: any) => e.touser)).toEqual(['cadre_1']);
    expect(rounds[0]).toMatchObject({ page: 'pages/eval-rounds/index' });
    expect((await consent('county_1', TODO)).available).toBe(1);
  });

  it('tells the secretaries of a branch that approves joins of each new request', async () => {
    expect((await consent('sec_a', TODO)).available).toBe(1);
    await tc.data('sec_a', 'branch.joinSettings', { branchId: s.A._id, approval: true });
    const scene = (await tc.data('sec_a', 'branch.qrcode', { branchId: s.A._id })).scene;
    await tc.data('newcomer', 'member.join', { scene, groupId: s.G1._id, name: '周建华', gender: '男', phone: '13900009999', city: '杭州' });
    await tick();
    const joins = sent('sec_a').filter((e: any) => e.data.thing1.value === '待审核的入支部申请');
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({ page: 'admin/moves/index' });
    expect(joins[0].data.thing2.value).toBe('周建华申请加入杭州云支部');
  });
});
