import { bootstrapCounty, createBranch, createGroup, grantRoles, joinMembers, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { activityAround } from './helpers/activity';
import { sdkDb } from './helpers/study';
import { activityCodeAt } from '../../src/domain/activity/activity-code.rules';
import { dayOf, minuteOf, yearOf } from '../../src/domain/shared/day.rules';
import { hmacSha256 } from '../../cloudfunctions/api/src/platform/crypto';

jest.setTimeout(180_000);

/** Changing one's mind: withdrawing an enrolment, editing and cancelling an activity. Branch A: m_0..m_5 (sec_a), B: m_6 (sec_b). */
describe('activities people change their minds about', () => {
  let tc: TestCloud;
  let A: any, B: any;
  let secret: string;
  const year = yearOf(Date.now());
  const stored = async (id: string) => (await sdkDb().collection('activities').doc(id).get()).data;
  const standing = async (id: string) => (await sdkDb().collection('activityEnrolments').where({ activityId: id, withdrawn: sdkDb().command.neq(true) }).count()).total;
  const counters = async (id: string) => (await sdkDb().collection('activityCounters').doc(id).get()).data;

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    A = await createBranch(tc, '杭州云支部', '杭州');
    B = await createBranch(tc, '宁波云支部', '宁波');
    const G1 = await createGroup(tc, '龙井村');
    const G2 = await createGroup(tc, '虎跑村');
    await joinMembers(tc, await sceneOf(tc, A._id), G1._id, 0, 6);
    await joinMembers(tc, await sceneOf(tc, B._id), G2._id, 6, 1);
    await grantRoles(tc, { A, B, G1, G2 }, 'county_1', 'sec_a', 'sec_b', 'cadre_1');
    secret = (await sdkDb().collection('config').doc('join_secret').get()).data.value;
  });
  afterAll(() => tc?.dispose());

  describe('activity.withdraw', () => {
    it('gives the seat back, and he may enrol again (the same record revived)', async () => {
      const act = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 120 }, { capacity: 1 }));
      await tc.data('m_0', 'activity.enrol', { activityId: act._id });
      expect(await tc.code('m_1', 'activity.enrol', { activityId: act._id })).toBe('ACTIVITY.FULL');
      expect((await tc.data('m_0', 'activity.get', { activityId: act._id })).activity.can).toMatchObject({ withdraw: true, enrol: false });
      expect(await tc.data('m_0', 'activity.withdraw', { activityId: act._id })).toEqual({ activityId: act._id, enrolled: 0, seatsLeft: 1 });
      const again = await tc.call('m_0', 'activity.withdraw', { activityId: act._id });
      expect(again).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOT_ENROLLED', message: '您未报名该活动' } });
      expect((await tc.data('sec_a', 'activity.get', { activityId: act._id })).attendees).toEqual([]);
      await tc.data('m_1', 'activity.enrol', { activityId: act._id });
      expect(await tc.code('m_0', 'activity.enrol', { activityId: act._id })).toBe('ACTIVITY.FULL');
      await tc.data('m_1', 'activity.withdraw', { activityId: act._id });
      expect(await tc.data('m_0', 'activity.enrol', { activityId: act._id })).toMatchObject({ enrolled: 1, seatsLeft: 0 });
      expect({ enrolled: (await stored(act._id)).enrolled, records: await standing(act._id) }).toEqual({ enrolled: 1, records: 1 });
    });

    it('refuses after the start, after signing in, and to another branch, with nothing changed', async () => {
      const open = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 20 }, { capacity: 5, title: '签到后不能退' }));
      await tc.data('m_2', 'activity.enrol', { activityId: open._id });
      await tc.data('m_2', 'activity.signin', { mode: 'onsite', code: activityCodeAt(hmacSha256, secret, open._id, Date.now()).code });
      const signed = await tc.call('m_2', 'activity.withdraw', { activityId: open._id });
      expect(signed).toMatchObject({ ok: false, error: { code: 'ACTIVITY.ALREADY_SIGNED', message: '您已签到，不能再取消报名' } });
      expect(await tc.code('m_6', 'activity.withdraw', { activityId: open._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_2', 'activity.withdraw', { activityId: 'nosuchactivity' })).toBe('ACTIVITY.NOT_FOUND');
      expect((await stored(open._id)).enrolled).toBe(1);
      const past = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: -5 }, { enrolment: false, capacity: undefined }));
      const r = await tc.call('m_3', 'activity.withdraw', { activityId: past._id });
      expect(r).toMatchObject({ ok: false, error: { code: 'ACTIVITY.STARTED' } });
      expect(!r.ok && r.error.message).toContain('不能再取消报名');
    });

    it('a burst of withdrawals and enrolments stays within capacity and leaves the counter true', async () => {
      const act = await tc.data('county_1', 'activity.create', activityAround([A._id], { startIn: 120 }, { capacity: 2, title: '来回报名' }));
      await tc.data('m_0', 'activity.enrol', { activityId: act._id });
      await tc.data('m_1', 'activity.enrol', { activityId: act._id });
      const burst = [
        ['m_0', 'activity.withdraw'], ['m_0', 'activity.withdraw'], ['m_2', 'activity.enrol'], ['m_3', 'activity.enrol'],
        ['m_1', 'activity.withdraw'], ['m_0', 'activity.enrol'], ['m_4', 'activity.enrol'], ['m_5', 'activity.enrol'],
      ];
      await Promise.all(burst.map(([o, action]) => tc.call(o, action, { activityId: act._id })));
      const s = await stored(act._id);
      const records = await standing(act._id);
      expect(records).toBeLessThanOrEqual(2);
      expect(s.enrolled).toBe(records);
    });
  });

  describe('activity.edit', () => {
    it('moves the time, place and capacity before the start; members see the new facts and their records follow', async () => {
      const act = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 24 * 60 }, { capacity: 5 }));
      await tc.data('m_0', 'activity.enrol', { activityId: act._id });
      await tc.data('m_1', 'activity.enrol', { activityId: act._id });
      const later = act.startAt + 60 * 60_000;
      const edit = { activityId: act._id, title: '改期：关爱老人', day: dayOf(later), time: minuteOf(later).slice(11), durationMinutes: 90, place: '翠苑社区活动室', capacity: 2 };
      const view = await tc.data('sec_a', 'activity.edit', edit);
      expect(view).toMatchObject({ title: '改期：关爱老人', startAt: later, endAt: later + 90 * 60_000, place: '翠苑社区活动室', capacity: 2, seatsLeft: 0 });
      expect((await tc.data('m_0', 'activity.get', { activityId: act._id })).activity).toMatchObject({ title: '改期：关爱老人', startAt: later });
      const rec = (await sdkDb().collection('activityEnrolments').where({ activityId: act._id }).get()).data;
      expect(rec.map((r: any) => r.startAt)).toEqual([later, later]);
      expect(await tc.code('m_2', 'activity.enrol', { activityId: act._id })).toBe('ACTIVITY.FULL');
    });

    it('tells the consenting enrolled members of a new time or place, one message per edit (the latest while unsent), nothing of a new title or capacity', async () => {
      const act = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 24 * 60 }, { capacity: 5, title: '重走红军路' }));
      await tc.data('m_2', 'todo.subscribe', { results: { TODO_NOTICE: 'accept' } });
      await tc.data('m_2', 'activity.enrol', { activityId: act._id });
      await tc.data('m_5', 'activity.enrol', { activityId: act._id }); // no consent: no message
      const notices = async () => (await sdkDb().collection('noticeQueue').where({ kind: 'activityChanged' }).orderBy('createdAt', 'asc').get()).data.filter((n: any) => n._id.startsWith(`activityChanged_${act._id}r`));
      const base = { activityId: act._id, title: '重走红军路', day: dayOf(act.startAt), time: minuteOf(act.startAt).slice(11), durationMinutes: 180, place: '西湖区翠苑社区', capacity: 5 };

      await tc.data('sec_a', 'activity.edit', { ...base, title: '重走红军路（第二期）', capacity: 8 });
      expect(await notices()).toEqual([]);

      await tc.data('sec_a', 'activity.edit', { ...base, place: '余杭区红色教育基地' });
      const [placed] = await notices();
      expect(placed).toMatchObject({ openid: 'm_2', state: 'queued', page: 'pages/activities/index', data: { thing1: { value: '活动时间或地点有变' }, thing2: { value: '重走红军路：地点已调整' }, time3: { value: minuteOf(act.startAt) } } });

      // A second edit before the sender claimed the first: only the latest arrangement goes out.
      const later = act.startAt + 2 * 60 * 60_000;
      await tc.data('sec_a', 'activity.edit', { ...base, place: '余杭区红色教育基地', day: dayOf(later), time: minuteOf(later).slice(11) });
      const afterTime = await notices();
      expect(afterTime).toHaveLength(1);
      expect(afterTime[0]).toMatchObject({ openid: 'm_2', data: { thing2: { value: '重走红军路：时间已调整' }, time3: { value: minuteOf(later) } } });
      expect(afterTime[0]._id).not.toBe(placed._id);

      // Once sent, the next edit is news again; the sent one stays as it was.
      await sdkDb().collection('noticeQueue').doc(afterTime[0]._id).update({ data: { state: 'sent' } });
      await tc.data('sec_a', 'activity.edit', { ...base });
      expect((await notices()).map((n: any) => [n.state, n.data.thing2.value])).toEqual([['sent', '重走红军路：时间已调整'], ['queued', '重走红军路：时间和地点已调整']]);
      // Replaying the same edit changes nothing and tells nobody.
      await tc.data('sec_a', 'activity.edit', { ...base });
      expect(await notices()).toHaveLength(2);
    });

    it('refuses a capacity below the enrolled, another year, a past start, members and other branches, in Chinese with nothing changed', async () => {
      const act = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 24 * 60 }, { capacity: 5, title: '不改' }));
      await tc.data('m_0', 'activity.enrol', { activityId: act._id });
      await tc.data('m_1', 'activity.enrol', { activityId: act._id });
      const base = { activityId: act._id, title: '改了', day: dayOf(act.startAt), time: minuteOf(act.startAt).slice(11), durationMinutes: 60, place: '别处' };
      const below = await tc.call('sec_a', 'activity.edit', { ...base, capacity: 1 });
      expect(below).toMatchObject({ ok: false, error: { code: 'ACTIVITY.CAPACITY_BELOW', message: '人数上限不能少于已报名的 2 人' } });
      const otherYear = await tc.call('sec_a', 'activity.edit', { ...base, day: `${year + 1}-01-05` });
      expect(otherYear).toMatchObject({ ok: false, error: { code: 'ACTIVITY.START_INVALID' } });
      expect(await tc.code('sec_a', 'activity.edit', { ...base, day: dayOf(Date.now() - 86_400_000) })).toBe('ACTIVITY.START_INVALID');
      const noPlace = await tc.call('sec_a', 'activity.edit', { ...base, place: undefined });
      expect(noPlace).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      expect(!noPlace.ok && noPlace.error.message).toContain('地点');
      for (const who of ['m_0', 'sec_b', 'cadre_1']) expect(await tc.code(who, 'activity.edit', base)).toBe('AUTH.FORBIDDEN');
      expect(await stored(act._id)).toMatchObject({ title: '不改', capacity: 5, startAt: act.startAt, place: act.place });
    });
  });

  describe('activity.cancel', () => {
    it('cancels with a reason: no longer an event, no enrolment or sign-in, enrolled members see 已取消 and the consenting one is told', async () => {
      const counterId = `${year}_b_${A._id}`;
      const act = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 20 }, { capacity: 5, onlineSignin: true, kind: '红色教育', title: '参观纪念馆' }));
      const before = await counters(counterId);
      await tc.data('m_3', 'todo.subscribe', { results: { TODO_NOTICE: 'accept' } });
      await tc.data('m_3', 'activity.enrol', { activityId: act._id });
      await tc.data('m_4', 'activity.enrol', { activityId: act._id });
      const todo = async () => Object.fromEntries((await tc.data('m_4', 'todo.mine', {})).items.map((i: any) => [i.kind, i.count])).activityToday;
      const today = dayOf(act.startAt) === dayOf(Date.now());
      expect(await todo()).toBe(today ? 1 : undefined);
      const res = await tc.data('sec_a', 'activity.cancel', { activityId: act._id, reason: '台风预警，活动取消' });
      expect(res).toMatchObject({ told: 2, activity: { cancelled: true, cancelReason: '台风预警，活动取消', can: { edit: false, cancel: false } } });
      const after = await counters(counterId);
      expect({ events: after.events, red: after.byKind.red?.events }).toEqual({ events: before.events - 1, red: (before.byKind.red?.events ?? 0) - 1 });
      expect((await tc.data('m_3', 'activity.list', { view: 'mine' })).items.find((a: any) => a._id === act._id)).toMatchObject({ cancelled: true, can: { enrol: false, signinOnline: false, withdraw: false } });
      expect(await todo()).toBeUndefined();
      const queued = (await sdkDb().collection('noticeQueue').where({ kind: 'activityCancelled' }).get()).data;
      expect(queued).toHaveLength(1);
      expect(queued[0]).toMatchObject({ page: 'pages/activities/index', data: { thing1: { value: '活动已取消' }, thing2: { value: expect.stringContaining('参观纪念馆') } } });
      const enrol = await tc.call('m_5', 'activity.enrol', { activityId: act._id });
      expect(enrol).toMatchObject({ ok: false, error: { code: 'ACTIVITY.CANCELLED', message: '该活动已取消（台风预警，活动取消）' } });
      expect(await tc.code('m_3', 'activity.signin', { mode: 'online', activityId: act._id })).toBe('ACTIVITY.CANCELLED');
      expect(await tc.code('m_3', 'activity.signin', { mode: 'onsite', code: activityCodeAt(hmacSha256, secret, act._id, Date.now()).code })).toBe('ACTIVITY.CANCELLED');
      expect(await tc.code('sec_a', 'activity.cancel', { activityId: act._id, reason: '再取消一次' })).toBe('ACTIVITY.CANCELLED');
      expect(await tc.code('sec_a', 'activity.edit', { activityId: act._id, title: 'x', day: dayOf(act.startAt), time: minuteOf(act.startAt).slice(11), durationMinutes: 60, place: 'x' })).toBe('ACTIVITY.CANCELLED');
      expect((await counters(counterId)).events).toBe(before.events - 1);

      // The reconciler agrees: a cancelled activity is no event.
      process.env.RECONCILE_SETTLE_MS = '0';
      try {
        const report = await tc.data('county_1', 'stats.reconcile', { hours: 1 });
        expect(report.mended.filter((x: any) => x.doc === `activityCounters/${counterId}`)).toEqual([]);
      } finally {
        delete process.env.RECONCILE_SETTLE_MS;
      }
    });

    it('refuses once someone signed in, without a reason, after the start and to outsiders, with nothing changed', async () => {
      const act = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 20 }, { enrolment: false, capacity: undefined, onlineSignin: true, title: '有人签到' }));
      await tc.data('m_0', 'activity.signin', { mode: 'online', activityId: act._id });
      expect((await tc.data('sec_a', 'activity.get', { activityId: act._id })).activity.can).toMatchObject({ edit: true, cancel: false });
      const r = await tc.call('sec_a', 'activity.cancel', { activityId: act._id, reason: '人太少' });
      expect(r).toMatchObject({ ok: false, error: { code: 'ACTIVITY.HAS_SIGNINS', message: '已有党员签到，活动不能取消' } });
      const empty = await tc.call('sec_a', 'activity.cancel', { activityId: act._id, reason: ' ' });
      expect(empty).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      expect(!empty.ok && empty.error.message).toContain('取消原因');
      const started = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: -5 }, { enrolment: false, capacity: undefined }));
      expect(await tc.code('sec_a', 'activity.cancel', { activityId: started._id, reason: '下雨' })).toBe('ACTIVITY.STARTED');
      for (const who of ['m_0', 'sec_b', 'cadre_1']) expect(await tc.code(who, 'activity.cancel', { activityId: act._id, reason: '越权' })).toBe('AUTH.FORBIDDEN');
      expect((await stored(act._id)).cancelled).toBe(false);
      expect((await stored(started._id)).cancelled).toBe(false);
    });
  });
});
