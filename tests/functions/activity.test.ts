import { ADMIN, bootstrapCounty, createBranch, createGroup, grantRoles, joinMembers, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { activityAround } from './helpers/activity';
import { eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { png } from './helpers/png';
import { sdkDb } from './helpers/study';
import { activityCodeAt } from '../../src/domain/activity/activity-code.rules';
import { SITE_CODE_STEP_MS } from '../../src/domain/shared/rotating-code.rules';
import { siteCodeAt } from '../../src/domain/themeday/site-code.rules';
import { dayOf, yearOf } from '../../src/domain/shared/day.rules';
import { hmacSha256 } from '../../cloudfunctions/api/src/platform/crypto';

jest.setTimeout(180_000);

/** Branch A: m_0..m_5 in G1 (secretary sec_a), branch B: m_6, m_7 in G2 (sec_b); county_1 is the 组织部. */
describe('activities: create, enrol, sign in, summary, hours, statistics', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  let secret: string;
  const year = yearOf(Date.now());
  const m: Record<string, string> = {};
  const codeOf = (activityId: string, at = Date.now()) => activityCodeAt(hmacSha256, secret, activityId, at).code;

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    A = await createBranch(tc, '杭州云支部', '杭州');
    B = await createBranch(tc, '宁波云支部', '宁波');
    G1 = await createGroup(tc, '龙井村');
    G2 = await createGroup(tc, '虎跑村');
    (await joinMembers(tc, await sceneOf(tc, A._id), G1._id, 0, 6)).forEach((j, i) => (m[`m_${i}`] = j.member._id));
    (await joinMembers(tc, await sceneOf(tc, B._id), G2._id, 6, 2)).forEach((j, i) => (m[`m_${i + 6}`] = j.member._id));
    await grantRoles(tc, { A, B, G1, G2 }, 'county_1', 'sec_a', 'sec_b', 'cadre_1');
    secret = (await sdkDb().collection('config').doc('join_secret').get()).data.value;
  });
  afterAll(() => tc?.dispose());

  describe('activity.create', () => {
    eachTestLeavesDatabaseUnchanged();

    it('refuses members, cadres, sysadmin and a secretary reaching into another branch', async () => {
      for (const who of ['m_0', 'cadre_1', ADMIN]) expect(await tc.code(who, 'activity.create', activityAround([A._id]))).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'activity.create', activityAround([A._id, B._id]))).toBe('AUTH.FORBIDDEN');
    });

    it('names fields by label: no place nor link, capacity without enrolment, an unknown kind', async () => {
      const refused = async (over: Record<string, unknown>) => {
        const r = await tc.call('sec_a', 'activity.create', activityAround([A._id], {}, over));
        return r.ok ? 'OK' : `${r.error.code} ${r.error.message}`;
      };
      expect(await refused({ kind: '跳舞' })).toBe('INPUT.INVALID 输入有误：活动类型');
      expect(await refused({ place: undefined })).toMatch(/^INPUT\.INVALID .*地点/);
      expect(await refused({ capacity: 5, enrolment: false })).toMatch(/^INPUT\.INVALID .*人数上限/);
    });

    it('refuses a start more than 90 days back, and a branch that does not exist', async () => {
      expect(await tc.code('county_1', 'activity.create', activityAround([A._id], { startIn: -91 * 24 * 60 }))).toBe('ACTIVITY.START_INVALID');
      expect(await tc.code('county_1', 'activity.create', activityAround([A._id, 'nobranch']))).toBe('ORG.NOT_FOUND');
    });
  });

  describe('enrolment and sign-in', () => {
    let act: any;
    beforeAll(async () => {
      // Starts in an hour: enrolment open, sign-in not yet.
      act = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 60 }, { capacity: 3 }));
    });

    it('shows the activity to its branch and its secretary only', async () => {
      const mine = await tc.data('m_0', 'activity.list', { view: 'mine' });
      expect(mine.items.map((a: any) => a._id)).toContain(act._id);
      expect(mine.items[0]).toMatchObject({ mine: { enrolled: false, signedIn: null }, can: { enrol: true, run: false }, seatsLeft: 3 });
      expect(JSON.stringify(mine)).not.toContain('sec_a');
      expect((await tc.data('m_6', 'activity.list', { view: 'mine' })).items).toEqual([]);
      expect(await tc.code('m_6', 'activity.get', { activityId: act._id })).toBe('AUTH.FORBIDDEN');
      expect((await tc.data('sec_b', 'activity.list', { view: 'manage' })).items).toEqual([]);
      expect(await tc.code('sec_b', 'activity.list', { view: 'manage', branchId: A._id })).toBe('AUTH.FORBIDDEN');
      expect((await tc.data('county_1', 'activity.list', { view: 'manage' })).items.map((a: any) => a._id)).toContain(act._id);
    });

    it('enrols once; twice and past capacity are refused in Chinese with nothing changed', async () => {
      expect(await tc.data('m_0', 'activity.enrol', { activityId: act._id })).toMatchObject({ enrolled: 1, seatsLeft: 2 });
      const twice = await tc.call('m_0', 'activity.enrol', { activityId: act._id });
      expect(twice).toMatchObject({ ok: false, error: { code: 'ACTIVITY.ALREADY_ENROLLED', message: '您已报名该活动' } });
      await tc.data('m_1', 'activity.enrol', { activityId: act._id });
      await tc.data('m_2', 'activity.enrol', { activityId: act._id });
      const full = await tc.call('m_3', 'activity.enrol', { activityId: act._id });
      expect(full).toMatchObject({ ok: false, error: { code: 'ACTIVITY.FULL', message: '报名人数已满' } });
      const stored = (await sdkDb().collection('activities').doc(act._id).get()).data;
      expect(stored.enrolled).toBe(3);
      expect((await sdkDb().collection('activityEnrolments').where({ activityId: act._id }).count()).total).toBe(3);
      expect(await tc.code('m_6', 'activity.enrol', { activityId: act._id })).toBe('AUTH.FORBIDDEN');
    });

    it('refuses sign-in before the window opens (30 minutes before the start)', async () => {
      const r = await tc.call('m_0', 'activity.signin', { mode: 'onsite', code: codeOf(act._id) });
      expect(r).toMatchObject({ ok: false, error: { code: 'ACTIVITY.OUTSIDE_WINDOW' } });
      expect(!r.ok && r.error.message).toContain('签到尚未开始');
    });

    it('gives the organiser no code before the window, and the attendees', async () => {
      const got = await tc.data('sec_a', 'activity.get', { activityId: act._id });
      expect(got.site).toBeNull();
      expect(got.attendees.map((r: any) => r.memberId).sort()).toEqual([m.m_0, m.m_1, m.m_2].sort());
      expect((await tc.data('m_0', 'activity.get', { activityId: act._id })).attendees).toBeNull();
    });
  });

  describe('a burst of enrolments never overfills the activity', () => {
    it('takes exactly `capacity` of 6 concurrent enrolments (one member tapping twice) and leaves the counter true', async () => {
      const act = await tc.data('county_1', 'activity.create', activityAround([A._id], { startIn: 60 }, { capacity: 4, title: '抢报名' }));
      const who = ['m_0', 'm_1', 'm_2', 'm_3', 'm_4', 'm_5', 'm_0'];
      const results = await Promise.all(who.map((o) => tc.call(o, 'activity.enrol', { activityId: act._id })));
      const codes = results.map((r) => (r.ok ? 'OK' : r.error.code));
      expect(codes.filter((c) => c === 'OK')).toHaveLength(4);
      expect(codes.every((c) => ['OK', 'ACTIVITY.FULL', 'ACTIVITY.ALREADY_ENROLLED'].includes(c))).toBe(true);
      const stored = (await sdkDb().collection('activities').doc(act._id).get()).data;
      const records = (await sdkDb().collection('activityEnrolments').where({ activityId: act._id }).count()).total;
      expect({ enrolled: stored.enrolled, records }).toEqual({ enrolled: 4, records: 4 });
    });
  });

  describe('the member\'s to-do', () => {
    it('lists an activity he enrolled in that is on today until he signs in', async () => {
      const startsAt = Date.now() + 20 * 60_000;
      const soon = await tc.data('sec_b', 'activity.create', activityAround([B._id], { startIn: 20 }, { title: '今天的活动' }));
      const todo = async (o: string) => Object.fromEntries((await tc.data(o, 'todo.mine', {})).items.map((i: any) => [i.kind, i.count])).activityToday;
      expect(await todo('m_7')).toBeUndefined();
      await tc.data('m_7', 'activity.enrol', { activityId: soon._id });
      expect(await todo('m_7')).toBe(dayOf(startsAt) === dayOf(Date.now()) ? 1 : undefined);
      expect(await todo('m_6')).toBeUndefined();
      await tc.data('m_7', 'activity.signin', { mode: 'onsite', code: codeOf(soon._id) });
      expect(await todo('m_7')).toBeUndefined();
    });
  });

  describe('sign-in in the window', () => {
    let vol: any;
    beforeAll(async () => {
      vol = await tc.data('sec_a', 'activity.create', activityAround([A._id], {}, { capacity: 10 }));
      for (const o of ['m_0', 'm_1', 'm_2']) expect(await tc.code(o, 'activity.enrol', { activityId: vol._id })).toBe('ACTIVITY.ENROLMENT_CLOSED');
    });

    it('an activity with enrolment that has started takes no more enrolments; the organiser sees the rotating code', async () => {
      const got = await tc.data('sec_a', 'activity.get', { activityId: vol._id });
      expect(got.site.code).toMatch(/^a1\./);
      expect(got.site.refreshAt).toBeGreaterThan(Date.now());
    });

    it('refuses the not-enrolled, old codes, forged ones, other activities\' and the theme day\'s', async () => {
      // Enrolment needed: nobody enrolled before the start, so nobody may sign in.
      expect(await tc.code('m_0', 'activity.signin', { mode: 'onsite', code: codeOf(vol._id) })).toBe('ACTIVITY.NOT_ENROLLED');
      expect(await tc.code('m_0', 'activity.signin', { mode: 'onsite', code: codeOf(vol._id, Date.now() - 3 * SITE_CODE_STEP_MS) })).toBe('ACTIVITY.CODE_EXPIRED');
      const code = codeOf(vol._id);
      expect(await tc.code('m_0', 'activity.signin', { mode: 'onsite', code: code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A') })).toBe('ACTIVITY.CODE_INVALID');
      expect(await tc.code('m_0', 'activity.signin', { mode: 'onsite', code: siteCodeAt(hmacSha256, secret, A._id, '2026-12', Date.now()).code })).toBe('ACTIVITY.CODE_INVALID');
      expect(await tc.code('m_0', 'activity.signin', { mode: 'online', activityId: vol._id })).toBe('ACTIVITY.ONLINE_OFF');
    });

    let open: any;
    it('signs members in on site once, online where allowed, and counts them', async () => {
      open = await tc.data('sec_a', 'activity.create', activityAround([A._id], {}, { enrolment: false, capacity: undefined, onlineSignin: true }));
      expect(await tc.data('m_0', 'activity.signin', { mode: 'onsite', code: codeOf(open._id) })).toMatchObject({ activityId: open._id, mode: 'onsite' });
      expect(await tc.data('m_1', 'activity.signin', { mode: 'online', activityId: open._id })).toMatchObject({ mode: 'online' });
      const again = await tc.call('m_0', 'activity.signin', { mode: 'onsite', code: codeOf(open._id) });
      expect(again).toMatchObject({ ok: false, error: { code: 'ACTIVITY.ALREADY_SIGNED' } });
      expect(!again.ok && again.error.message).toMatch(/^您已于 .* 签到$/);
      expect(await tc.code('m_6', 'activity.signin', { mode: 'onsite', code: codeOf(open._id) })).toBe('AUTH.FORBIDDEN');
      const got = await tc.data('sec_a', 'activity.get', { activityId: open._id });
      expect(got.activity.signedIn).toBe(2);
      expect(got.attendees.map((r: any) => r.signedIn.mode).sort()).toEqual(['online', 'onsite']);
    });

    it('refuses sign-in after the end', async () => {
      const past = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: -24 * 60, minutes: 60 }, { enrolment: false, capacity: undefined, onlineSignin: true }));
      const r = await tc.call('m_0', 'activity.signin', { mode: 'online', activityId: past._id });
      expect(r).toMatchObject({ ok: false, error: { code: 'ACTIVITY.OUTSIDE_WINDOW' } });
      expect(!r.ok && r.error.message).toContain('签到已关闭');
    });

    it('takes volunteer hours for members who signed in, in half hours up to the activity\'s length', async () => {
      expect(await tc.code('sec_a', 'activity.hours', { activityId: open._id, entries: [{ memberId: m.m_0, hours: 1.25 }] })).toBe('ACTIVITY.HOURS_INVALID');
      expect(await tc.code('sec_a', 'activity.hours', { activityId: open._id, entries: [{ memberId: m.m_0, hours: 3.5 }] })).toBe('ACTIVITY.HOURS_INVALID');
      expect(await tc.code('sec_a', 'activity.hours', { activityId: open._id, entries: [{ memberId: m.m_0, hours: 2 }, { memberId: m.m_2, hours: 1 }] })).toBe('ACTIVITY.NOT_SIGNED');
      expect(await tc.code('sec_b', 'activity.hours', { activityId: open._id, entries: [{ memberId: m.m_0, hours: 2 }] })).toBe('AUTH.FORBIDDEN');
      // Nothing of the refused calls landed: m_0 still has no hours.
      expect((await sdkDb().collection('activitySignins').doc(`${open._id}_${m.m_0}`).get()).data.hours).toBe(0);
      await tc.data('sec_a', 'activity.hours', { activityId: open._id, entries: [{ memberId: m.m_0, hours: 2.5 }, { memberId: m.m_1, hours: 3 }] });
      await tc.data('sec_a', 'activity.hours', { activityId: open._id, entries: [{ memberId: m.m_1, hours: 1 }] });
      const stats = await tc.data('sec_a', 'activity.stats', { year, branchId: A._id });
      expect(stats.hours).toBe(3.5);
      expect(stats.byKind['志愿服务'].hours).toBe(3.5);
    });

    it('refuses hours on an activity that is not 志愿服务', async () => {
      const study = await tc.data('sec_a', 'activity.create', activityAround([A._id], {}, { kind: '红色教育', enrolment: false, capacity: undefined, onlineSignin: true }));
      await tc.data('m_0', 'activity.signin', { mode: 'online', activityId: study._id });
      expect(await tc.code('sec_a', 'activity.hours', { activityId: study._id, entries: [{ memberId: m.m_0, hours: 1 }] })).toBe('ACTIVITY.HOURS_INVALID');
    });

    it('counts events per kind for the county and branch, people per unit, and the member\'s record', async () => {
      const county = await tc.data('county_1', 'activity.stats', { year });
      const branchB = await tc.data('sec_b', 'activity.stats', { year, branchId: B._id });
      const group = await tc.data('cadre_1', 'activity.stats', { year, groupId: G1._id });
      expect(county.byKind['红色教育']).toEqual({ events: 1, people: 1, hours: 0 });
      expect(county.people).toBe(4); // m_0 twice, m_1, and m_7 of branch B (the to-do's activity)
      expect(group).toMatchObject({ events: 0, people: 3, hours: 3.5 });
      expect(branchB).toMatchObject({ events: 1, people: 1, unit: { kind: 'branch', name: '宁波云支部' } });
      expect(await tc.code('sec_b', 'activity.stats', { year, branchId: A._id })).toBe('AUTH.FORBIDDEN');
      const rec = await tc.data('m_0', 'activity.record', { year });
      expect(rec.total).toEqual({ events: 2, people: 2, hours: 2.5 });
      expect(rec.items.map((i: any) => i.kind).sort()).toEqual(['志愿服务', '红色教育'].sort());
      expect((await tc.data('sec_a', 'activity.record', { year, memberId: m.m_0 })).total.events).toBe(2);
      expect(await tc.code('sec_b', 'activity.record', { year, memberId: m.m_0 })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_1', 'activity.record', { year, memberId: m.m_0 })).toBe('AUTH.FORBIDDEN');
    });

    it('takes a summary from those who run it, not before the start', async () => {
      expect(await tc.code('m_0', 'activity.summarize', { activityId: open._id, summary: '服务老人 20 户' })).toBe('AUTH.FORBIDDEN');
      const later = await tc.data('sec_a', 'activity.create', activityAround([A._id], { startIn: 120 }));
      expect(await tc.code('sec_a', 'activity.summarize', { activityId: later._id, summary: '尚未开始' })).toBe('ACTIVITY.NOT_STARTED');
      expect(await tc.code('sec_a', 'activity.summarize', { activityId: open._id, summary: '服务老人', photos: ['cloud://env.bucket/uploads/m_0/x.png'] })).toBe('CHECKIN.PHOTO_INVALID');
      const big = await tc.lc.storage.put('uploads/sec_a/test/big.png', png(751, 100), 'sec_a', 'image/png');
      expect(await tc.code('sec_a', 'activity.summarize', { activityId: open._id, summary: '服务老人', photos: [big] })).toBe('CHECKIN.PHOTO_INVALID');
      const photo = await tc.lc.storage.put('uploads/sec_a/test/ok.png', png(), 'sec_a', 'image/png');
      await tc.data('sec_a', 'activity.summarize', { activityId: open._id, summary: '走访慰问独居老人 20 户，打扫卫生、理发。', photos: [photo] });
      const seen = (await tc.data('m_1', 'activity.get', { activityId: open._id })).activity;
      expect(seen).toMatchObject({ summary: expect.stringContaining('独居老人'), photos: [photo] });
      expect(seen.photoUrls[0]).toMatch(/^https?:\/\//);
      // A new summary without the photo deletes it from storage.
      await tc.data('sec_a', 'activity.summarize', { activityId: open._id, summary: '走访慰问独居老人 20 户。', photos: [] });
      expect((await tc.data('m_1', 'activity.get', { activityId: open._id })).activity.photos).toEqual([]);
      expect(tc.lc.storage.get(photo)).toBeNull();
    });

    it('the reconciler mends drifted counters from the records', async () => {
      await sdkDb().collection('activities').doc(open._id).update({ data: { signedIn: 7, enrolled: 3 } });
      const id = `${year}_b_${A._id}`;
      const before = (await sdkDb().collection('activityCounters').doc(id).get()).data;
      await sdkDb().collection('activityCounters').doc(id).update({ data: { people: before.people + 5, 'byKind.volunteer.halfHours': 0 } });
      process.env.RECONCILE_SETTLE_MS = '0';
      try {
        const report = await tc.data('county_1', 'stats.reconcile', { hours: 1 });
        expect(report.mended.map((x: any) => `${x.doc}.${x.field}`)).toEqual(
          expect.arrayContaining([`activities/${open._id}.signedIn`, `activities/${open._id}.enrolled`, `activityCounters/${id}.people`, `activityCounters/${id}.byKind.volunteer.halfHours`]),
        );
      } finally {
        delete process.env.RECONCILE_SETTLE_MS;
      }
      expect((await sdkDb().collection('activities').doc(open._id).get()).data).toMatchObject({ signedIn: 2, enrolled: 0 });
      expect((await sdkDb().collection('activityCounters').doc(id).get()).data).toMatchObject({ people: before.people, byKind: { volunteer: { halfHours: 7 } } });
    });
  });

  describe('a joint activity', () => {
    it('shows a joint activity to a secretary of one of its branches without its attendees, code or hours', async () => {
      const joint = await tc.data('county_1', 'activity.create', activityAround([A._id, B._id], {}, { title: '两支部联学', kind: '互学联学', enrolment: false, capacity: undefined }));
      expect((await tc.data('sec_b', 'activity.list', { view: 'manage' })).items.map((a: any) => a._id)).toContain(joint._id);
      expect(await tc.data('sec_b', 'activity.get', { activityId: joint._id })).toMatchObject({ site: null, attendees: null, activity: { can: { run: false } } });
      expect((await tc.data('county_1', 'activity.get', { activityId: joint._id })).site).not.toBeNull();
      expect(await tc.code('sec_b', 'activity.summarize', { activityId: joint._id, summary: '联学' })).toBe('AUTH.FORBIDDEN');
    });
  });
});
