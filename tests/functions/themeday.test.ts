import { bootstrapCounty, createBranch, createGroup, grantRoles, joinMembers, sceneOf, startTestCloud, type TestCloud } from './helpers/cloud';
import { planAroundNow } from './helpers/themeday';
import { addMonths } from '../../src/domain/themeday/occurrence.rules';
import { SITE_CODE_STEP_MS, siteCodeAt } from '../../src/domain/themeday/site-code.rules';
import { hmacSha256 } from '../../cloudfunctions/api/src/platform/crypto';
import { sdkDb } from './helpers/study';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';

jest.setTimeout(120_000);

/** Branch A: m_0..m_3 (secretary sec_a). Branch B: m_4. county_1 is the 组织部. */
describe('theme party day: plan, current, subscribe, sign-in, attendance', () => {
  let tc: TestCloud;
  let A: any, B: any;
  const { month, plan } = planAroundNow();
  const occA = () => `${A._id}_${month}`;

  beforeAll(async () => {
    tc = await startTestCloud();
    await bootstrapCounty(tc);
    A = await createBranch(tc, '杭州云支部', '杭州');
    B = await createBranch(tc, '宁波云支部', '宁波');
    const G = await createGroup(tc, '龙井村');
    await joinMembers(tc, await sceneOf(tc, A._id), G._id, 0, 4);
    await joinMembers(tc, await sceneOf(tc, B._id), G._id, 4, 1);
    await grantRoles(tc, { A }, 'county_1', 'sec_a');
  });
  afterAll(() => tc?.dispose());

  describe('themeday.plan', () => {
    it('refuses members, other branches\' secretaries, and sheets from anyone but the county', async () => {
      expect(await tc.code('m_0', 'themeday.plan', { kind: 'rule', branchId: A._id, plan })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'themeday.plan', { kind: 'rule', branchId: B._id, plan })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'themeday.plan', { kind: 'sheet', month, sheet: { theme: 'x', agenda: ['y'] } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'themeday.plan', { kind: 'rule', branchId: 'nobranch', plan })).toBe('ORG.NOT_FOUND');
    });

    it('refuses impossible rules with the field', async () => {
      const r = await tc.call('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan: { ...plan, rule: { kind: 'nthWeekday', n: 6, weekday: 8 } } });
      expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
      expect(JSON.stringify((r as any).error.fields)).toContain('plan.rule');
    });

    it('lets the secretary set his rule, the county the sheet, the branch its additions', async () => {
      const saved = await tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan });
      expect(saved.next).toMatchObject({ id: occA(), month, day: plan.overrides[0].day });
      await tc.data('county_1', 'themeday.plan', { kind: 'sheet', month, sheet: { theme: '学习贯彻全会精神', agenda: ['重温入党誓词', '集中学习'], links: [{ title: '全会公报', url: 'https://example.org/a' }] } });
      await tc.data('sec_a', 'themeday.plan', { kind: 'additions', branchId: A._id, month, additions: { agenda: ['讨论返乡就业'] } });
    });
  });

  describe('themeday.current and subscribe', () => {
    it('answers NO_PLAN for a branch without a rule, and refuses non-members', async () => {
      expect(await tc.code('m_4', 'themeday.current', {})).toBe('THEMEDAY.NO_PLAN');
      expect(await tc.code('stranger', 'themeday.current', {})).toBe('MEMBER.NOT_JOINED');
    });

    it('shows the running meeting with the merged sheet, in 5 requests', async () => {
      let cur: any;
      const n = await tc.requests(async () => (cur = await tc.data('m_0', 'themeday.current', {})));
      expect(cur).toMatchObject({ occurrence: { id: occA() }, open: true, signin: null, onlineSignin: true, consents: {}, longTerm: [] });
      expect(cur.sheet).toEqual({ theme: '学习贯彻全会精神', agenda: ['重温入党誓词', '集中学习', '讨论返乡就业'], links: [{ title: '全会公报', url: 'https://example.org/a' }], fromCounty: true });
      expect(n).toBe(5);
    });

    it('adds one send per acceptance, none for a refusal', async () => {
      expect(await tc.data('m_0', 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } })).toEqual({ consents: { THEMEDAY_REMINDER: 1 }, longTerm: [] });
      expect(await tc.data('m_0', 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'reject' } })).toEqual({ consents: { THEMEDAY_REMINDER: 1 }, longTerm: [] });
      expect(await tc.data('m_0', 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } })).toEqual({ consents: { THEMEDAY_REMINDER: 2 }, longTerm: [] });
      expect((await tc.data('m_0', 'themeday.current', {})).consents).toEqual({ THEMEDAY_REMINDER: 2 });
      expect(await tc.code('stranger', 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept' } })).toBe('MEMBER.NOT_JOINED');
      expect(await tc.code('m_0', 'themeday.subscribe', { results: {} })).toBe('INPUT.INVALID');
    });

    it('refuses a template that is not a configured reminder, storing nothing', async () => {
      const res = await tc.call('m_2', 'themeday.subscribe', { results: { THEMEDAY_REMINDER: 'accept', OTHER: 'accept' } });
      expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: [{ path: 'results.OTHER' }] } });
      expect((await tc.data('m_2', 'themeday.current', {})).consents).toEqual({});
    });

    it('turns a configured long-term template on with an acceptance and off with a refusal', async () => {
      process.env.THEMEDAY_LONGTERM_TEMPLATE_IDS = 'LT1, LT2';
      try {
        expect(await tc.data('m_1', 'themeday.subscribe', { results: { LT1: 'accept' } })).toEqual({ consents: { LT1: 0 }, longTerm: ['LT1'] });
        // A second acceptance adds nothing: the subscription is on until he turns it off.
        expect(await tc.data('m_1', 'themeday.subscribe', { results: { LT1: 'accept', THEMEDAY_REMINDER: 'accept' } })).toEqual({ consents: { LT1: 0, THEMEDAY_REMINDER: 1 }, longTerm: ['LT1'] });
        expect((await tc.data('m_1', 'themeday.current', {})).longTerm).toEqual(['LT1']);
        expect(await tc.data('m_1', 'themeday.subscribe', { results: { LT1: 'reject' } })).toEqual({ consents: { LT1: 0, THEMEDAY_REMINDER: 1 }, longTerm: [] });
      } finally {
        delete process.env.THEMEDAY_LONGTERM_TEMPLATE_IDS;
      }
    });
  });

  describe('themeday.signin', () => {
    /** The code on the secretary's screen right now (it changes every 30 s). */
    const screenCode = async (): Promise<string> => (await tc.data('sec_a', 'themeday.attendance', { occurrenceId: occA() })).occurrence.siteCode;
    let siteCode: string;
    beforeEach(async () => {
      siteCode = await screenCode();
    });

    describe('refusals of the on-site code and online mode store nothing', () => {
      eachTestLeavesDatabaseUnchanged();

      it('refuses a photo of the screen taken a minute ago, and the old month-long code', async () => {
        const secret = (await sdkDb().collection('config').doc('join_secret').get()).data.value as string;
        const photo = siteCodeAt(hmacSha256, secret, A._id, month, Date.now() - 2 * SITE_CODE_STEP_MS).code;
        const r = await tc.call('m_2', 'themeday.signin', { mode: 'onsite', code: photo });
        expect(r).toEqual({ ok: false, error: { code: 'THEMEDAY.CODE_EXPIRED', message: '签到码已过期（现场签到码每 30 秒更换），请扫描现场屏幕上的最新签到码' } });
        expect(await tc.code('m_2', 'themeday.signin', { mode: 'onsite', code: `t1.${month.replace('-', '')}.${'A'.repeat(16)}` })).toBe('THEMEDAY.CODE_EXPIRED');
        // one signed for the next step is no code this screen has shown
        const early = siteCodeAt(hmacSha256, secret, A._id, month, Date.now() + 2 * SITE_CODE_STEP_MS).code;
        expect(await tc.code('m_2', 'themeday.signin', { mode: 'onsite', code: early })).toBe('THEMEDAY.CODE_INVALID');
      });
    });

    it('refuses online sign-in, storing nothing, when the branch turned it off', async () => {
      await tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan: { ...plan, onlineSignin: false } });
      const before = await dumpDatabase();
      try {
        const r = await tc.call('m_2', 'themeday.signin', { mode: 'online', occurrenceId: occA() });
        expect(r).toEqual({ ok: false, error: { code: 'THEMEDAY.ONLINE_OFF', message: '本支部已关闭线上签到，请到现场扫描签到码' } });
        expect(await dumpDatabase()).toEqual(before);
        expect((await tc.data('m_2', 'themeday.current', {})).onlineSignin).toBe(false);
      } finally {
        await tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan });
      }
    });

    it('signs in online once; a second is ALREADY_SIGNED', async () => {
      let r: any;
      const n = await tc.requests(async () => (r = await tc.data('m_0', 'themeday.signin', { mode: 'online', occurrenceId: occA() })));
      expect(r).toMatchObject({ occurrenceId: occA(), mode: 'online' });
      expect(n).toBe(3); // caller with his branch's plan (one aggregate), the sign-in, the counter increment
      expect(await tc.code('m_0', 'themeday.signin', { mode: 'online', occurrenceId: occA() })).toBe('THEMEDAY.ALREADY_SIGNED');
      expect(await tc.code('m_0', 'themeday.signin', { mode: 'onsite', code: siteCode })).toBe('THEMEDAY.ALREADY_SIGNED');
      expect((await tc.data('m_0', 'themeday.current', {})).signin).toMatchObject({ mode: 'online' });
    });

    it('signs in on site with the branch\'s code; refuses tampered and foreign codes', async () => {
      expect(siteCode.length).toBeLessThanOrEqual(32);
      const tampered = siteCode.slice(0, -1) + (siteCode.endsWith('A') ? 'B' : 'A');
      expect(await tc.code('m_1', 'themeday.signin', { mode: 'onsite', code: tampered })).toBe('THEMEDAY.CODE_INVALID');
      expect(await tc.code('m_4', 'themeday.signin', { mode: 'onsite', code: siteCode })).toBe('THEMEDAY.CODE_INVALID');
      expect(await tc.data('m_1', 'themeday.signin', { mode: 'onsite', code: siteCode })).toMatchObject({ mode: 'onsite' });
    });

    it('refuses outside the window, other branches\' meetings and branches without a plan', async () => {
      expect(await tc.code('m_2', 'themeday.signin', { mode: 'online', occurrenceId: `${A._id}_${addMonths(month, 1)}` })).toBe('THEMEDAY.OUTSIDE_WINDOW');
      expect(await tc.code('m_2', 'themeday.signin', { mode: 'online', occurrenceId: `${A._id}_${addMonths(month, -1)}` })).toBe('THEMEDAY.OUTSIDE_WINDOW');
      expect(await tc.code('m_2', 'themeday.signin', { mode: 'online', occurrenceId: `${B._id}_${month}` })).toBe('THEMEDAY.NOT_FOUND');
      expect(await tc.code('m_4', 'themeday.signin', { mode: 'online', occurrenceId: `${B._id}_${month}` })).toBe('THEMEDAY.NO_PLAN');
      expect(await tc.code('m_2', 'themeday.signin', { mode: 'online', occurrenceId: A._id })).toBe('THEMEDAY.NOT_FOUND');
    });

    it('counts two concurrent sign-ins of one member once', async () => {
      const rs = await Promise.all([1, 2].map(() => tc.call('m_3', 'themeday.signin', { mode: 'online', occurrenceId: occA() })));
      expect(rs.filter((r) => r.ok)).toHaveLength(1);
      expect(rs.filter((r) => !r.ok).map((r: any) => r.error.code)).toEqual(['THEMEDAY.ALREADY_SIGNED']);
    });
  });

  describe('themeday.attendance', () => {
    it('rates the occurrence from counters and lists absentees', async () => {
      const v = await tc.data('sec_a', 'themeday.attendance', { occurrenceId: occA(), absentees: true });
      expect(v.rows).toEqual([{ branchId: A._id, name: '杭州云支部', planned: true, expected: 4, signedIn: 3, online: 2, onsite: 1, rate: 0.75 }]);
      expect(v.absentees).toEqual([expect.objectContaining({ name: '党员002', phone: '13800000002' })]);
      expect(v.absenteesNextCursor).toBeNull();
    });

    it('pages absentees', async () => {
      const p1 = await tc.data('county_1', 'themeday.attendance', { occurrenceId: occA(), absentees: true, limit: 2 });
      expect(p1.absenteesNextCursor).not.toBeNull();
      const p2 = await tc.data('county_1', 'themeday.attendance', { occurrenceId: occA(), absentees: true, limit: 2, cursor: p1.absenteesNextCursor });
      expect([...p1.absentees, ...p2.absentees].map((a: any) => a.name)).toEqual(['党员002']);
    });

    it('gives monthly rows within the caller\'s scope', async () => {
      const county = await tc.data('county_1', 'themeday.attendance', { month });
      expect(county.rows.map((r: any) => [r.name, r.planned, r.signedIn, r.expected])).toEqual(
        expect.arrayContaining([['杭州云支部', true, 3, 4], ['宁波云支部', false, 0, 1]]),
      );
      const sec = await tc.data('sec_a', 'themeday.attendance', { month });
      expect(sec.rows.map((r: any) => r.branchId)).toEqual([A._id]);
    });

    it('costs 3 requests per occurrence (+2 with absentees) and 3 per month', async () => {
      expect(await tc.requests(() => tc.data('sec_a', 'themeday.attendance', { occurrenceId: occA() }))).toBe(3);
      expect(await tc.requests(() => tc.data('sec_a', 'themeday.attendance', { occurrenceId: occA(), absentees: true }))).toBe(5);
      expect(await tc.requests(() => tc.data('sec_a', 'themeday.attendance', { month }))).toBe(3);
      expect(await tc.requests(() => tc.data('sec_a', 'themeday.plan', { kind: 'rule', branchId: A._id, plan }))).toBe(3);
    });

    it('refuses members and other branches', async () => {
      expect(await tc.code('m_0', 'themeday.attendance', { month })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_0', 'themeday.attendance', { occurrenceId: occA() })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'themeday.attendance', { occurrenceId: `${B._id}_${month}` })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'themeday.attendance', { occurrenceId: `${B._id}_${month}` })).toBe('THEMEDAY.NO_PLAN');
    });
  });
});
