import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase } from './helpers/dump';
import { DAY, publish, submit } from './helpers/study';
import { dayOf } from '../../src/domain/shared/day.rules';
import { monthOf } from '../../src/domain/study/calendar.rules';

jest.setTimeout(120_000);

/**
 * Branch A (m_0, m_1 in 龙井村 G1; m_2, m_3 in 虎跑村 G2), branch B (m_4 in G1, m_5 in G2).
 * sec_a runs A, cadre_1 runs G1, county_1 is the county 组织部.
 */
describe('study pushes: publish, list, get', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  let P1: any, P2: any, P3: any, P4: any;
  const ids = (r: any) => r.items.map((i: any) => i._id);

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    await joinMembers(tc, sa, G1._id, 0, 2);
    await joinMembers(tc, sa, G2._id, 2, 2);
    await joinMembers(tc, sb, G1._id, 4, 1);
    await joinMembers(tc, sb, G2._id, 5, 1);
    await grantRoles(tc, { A, G1 }, 'sec_a', 'cadre_1', 'county_1');
  });
  afterAll(() => tc?.dispose());

  describe('study.publish', () => {
    it('lets the county publish to the whole county and stores month, publisher and empty counters', async () => {
      const before = Date.now();
      P1 = await publish(tc, 'county_1', { title: '全县：四中全会精神', issueNo: 1 });
      expect(P1).toMatchObject({ title: '全县：四中全会精神', issueNo: 1, kind: '理论学习', audience: { scope: 'county' }, dueDay: '2099-12-31', month: monthOf(P1.publishAt) });
      expect(P1.publishAt).toBeGreaterThanOrEqual(before);
      // the summary leaves out body, counters and the publisher's openid
      expect(P1).not.toHaveProperty('body');
      expect(P1).not.toHaveProperty('counters');
      expect(P1).not.toHaveProperty('publisherOpenid');
      const stored = (await dumpDatabase()).studyPushes.find((p: any) => p._id === P1._id) as any;
      expect(stored).toMatchObject({ publisherOpenid: 'county_1', counters: { total: 0, byBranch: {}, byGroup: {} } });
      expect(stored.body).toHaveLength(2);
    });

    it('lets a secretary publish to his own branch only', async () => {
      P2 = await publish(tc, 'sec_a', { title: '支部：电商技能', issueNo: 2, kind: '技能培训', audience: { scope: 'branches', branchIds: [A._id] } });
      expect(P2.audience).toEqual({ scope: 'branches', branchIds: [A._id] });
      expect(await tc.code('sec_a', 'study.publish', { ...base(), audience: { scope: 'branches', branchIds: [B._id] } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'study.publish', { ...base(), audience: { scope: 'branches', branchIds: [A._id, B._id] } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'study.publish', { ...base(), audience: { scope: 'county' } })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'study.publish', { ...base(), audience: { scope: 'groups', groupIds: [G1._id] } })).toBe('AUTH.FORBIDDEN');
    });

    it('refuses cadres, members and strangers', async () => {
      for (const who of ['cadre_1', 'm_0', 'stranger']) expect(await tc.code(who, 'study.publish', base())).toBe('AUTH.FORBIDDEN');
    });

    it('publishes to village groups and schedules for later', async () => {
      P3 = await publish(tc, 'county_1', { title: '虎跑村：红色教育', issueNo: 3, kind: '红色教育', audience: { scope: 'groups', groupIds: [G2._id] } });
      const tomorrow = Date.now() + DAY;
      P4 = await publish(tc, ADMIN, { title: '预约：微党课', issueNo: 4, kind: '微党课', publishAt: tomorrow, dueDay: dayOf(tomorrow + DAY) });
      expect(P4.publishAt).toBe(tomorrow);
      expect(P4.month).toBe(monthOf(tomorrow));
    });

    it('refuses branches and groups that do not exist', async () => {
      expect(await tc.code('county_1', 'study.publish', { ...base(), audience: { scope: 'branches', branchIds: [A._id, 'nobranch'] } })).toBe('ORG.NOT_FOUND');
      expect(await tc.code('county_1', 'study.publish', { ...base(), audience: { scope: 'groups', groupIds: ['nogroup'] } })).toBe('ORG.NOT_FOUND');
    });

    it('refuses a due day before the publish day, naming dueDay', async () => {
      const r = await tc.call('county_1', 'study.publish', { ...base(), dueDay: dayOf(Date.now() - DAY) });
      expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: [{ path: 'dueDay' }] } });
      const later = Date.now() + 3 * DAY;
      expect(await tc.code('county_1', 'study.publish', { ...base(), publishAt: later, dueDay: dayOf(later - DAY) })).toBe('INPUT.INVALID');
      // due today is fine
      expect((await tc.call('county_1', 'study.publish', { ...base(), title: '今日截止', dueDay: dayOf(Date.now()) })).ok).toBe(true);
    });

    it('validates the payload', async () => {
      const r = await tc.call('county_1', 'study.publish', { ...base(), title: '', body: [], kind: '闲聊', audience: { scope: 'branches', branchIds: [] } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.fields!.map((f) => f.path)).toEqual(expect.arrayContaining(['title', 'body', 'kind', 'audience.branchIds']));
      expect(await tc.code('county_1', 'study.publish', { ...base(), body: [{ type: 'html', text: '<script>' }] })).toBe('INPUT.INVALID');
      expect(await tc.code('county_1', 'study.publish', { ...base(), body: [{ type: 'link', title: '视频', url: 'javascript:alert(1)' }] })).toBe('INPUT.INVALID');
    });

    it('refuses risky content and stores nothing', async () => {
      const before = await dumpDatabase();
      tc.lc.faults.msgSecRisky = true;
      try {
        expect(await tc.code('county_1', 'study.publish', base())).toBe('CONTENT.RISKY');
      } finally {
        tc.lc.faults.msgSecRisky = false;
      }
      expect(await dumpDatabase()).toEqual(before);
    });

    it('costs four requests (caller, units exist, insert, its message broadcast); three for the county', async () => {
      expect(await tc.requests(() => tc.data('sec_a', 'study.publish', { ...base(), title: '计数', audience: { scope: 'branches', branchIds: [A._id] } }))).toBe(4);
      expect(await tc.requests(() => tc.data('county_1', 'study.publish', { ...base(), title: '计数' }))).toBe(3);
    });
  });

  describe('study.list', () => {
    const titles = (r: any) => r.items.map((i: any) => i.title);
    const published = (r: any) => r.items.filter((i: any) => i.title !== '计数' && i.title !== '今日截止');

    it('shows a member the published pushes addressed to him, newest first', async () => {
      const m0 = await tc.data('m_0', 'study.list', {}); // A, G1
      expect(published(m0).map((i: any) => i._id)).toEqual([P2._id, P1._id]);
      const m2 = await tc.data('m_2', 'study.list', {}); // A, G2
      expect(published(m2).map((i: any) => i._id)).toEqual([P3._id, P2._id, P1._id]);
      const m5 = await tc.data('m_5', 'study.list', {}); // B, G2
      expect(published(m5).map((i: any) => i._id)).toEqual([P3._id, P1._id]);
      // the scheduled push is not shown before its time
      expect(ids(m0)).not.toContain(P4._id);
      const item = m0.items.find((i: any) => i._id === P1._id);
      expect(item).toMatchObject({ title: P1.title, done: false, open: true });
      expect(item).not.toHaveProperty('body');
      expect(titles(m0)).toContain('今日截止');
    });

    it('shows organisers who are not members the pushes of their scope, scheduled ones included', async () => {
      const county = await tc.data('county_1', 'study.list', { limit: 50 });
      expect(ids(county)).toEqual(expect.arrayContaining([P1._id, P2._id, P3._id, P4._id]));
      expect(ids(county)[0]).toBe(P4._id);
      const sec = ids(await tc.data('sec_a', 'study.list', { limit: 50 }));
      expect(sec).toEqual(expect.arrayContaining([P4._id, P2._id, P1._id]));
      expect(sec).not.toContain(P3._id);
      const cadre = ids(await tc.data('cadre_1', 'study.list', { limit: 50 }));
      expect(cadre).toEqual(expect.arrayContaining([P4._id, P1._id]));
      expect(cadre).not.toContain(P2._id);
      expect(cadre).not.toContain(P3._id);
    });

    it('shows nothing to a stranger, and manage only to organisers', async () => {
      expect(await tc.data('stranger', 'study.list', {})).toEqual({ items: [], nextCursor: null });
      expect(await tc.code('m_0', 'study.list', { manage: true })).toBe('AUTH.FORBIDDEN');
    });

    it('gives a member who is also an organiser both views (his placement survives the grant)', async () => {
      await tc.data('county_1', 'org.grantRole', { openid: 'm_1', role: 'cadre', groupId: G2._id });
      expect(published(await tc.data('m_1', 'study.list', {})).map((i: any) => i._id)).toEqual([P2._id, P1._id]);
      const managed = ids(await tc.data('m_1', 'study.list', { manage: true, limit: 50 }));
      expect(managed).toEqual(expect.arrayContaining([P4._id, P3._id, P1._id]));
      expect(managed).not.toContain(P2._id);
    });

    it('pages without gaps or duplicates, and refuses a forged cursor', async () => {
      const all = ids(await tc.data('m_2', 'study.list', { limit: 50 }));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await tc.data('m_2', 'study.list', { limit: 1, ...(cursor ? { cursor } : {}) });
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      expect(await tc.code('m_2', 'study.list', { cursor: 'x"; drop' })).toBe('INPUT.INVALID');
      expect(await tc.code('m_2', 'study.list', { limit: 51 })).toBe('INPUT.INVALID');
    });

    it('marks what the member has done', async () => {
      expect((await submit(tc, 'm_0', P1._id)).ok).toBe(true);
      const items = (await tc.data('m_0', 'study.list', {})).items;
      expect(items.find((i: any) => i._id === P1._id).done).toBe(true);
      expect(items.find((i: any) => i._id === P2._id).done).toBe(false);
    });

    it('costs three requests per page (caller, page, its check-ins)', async () => {
      expect(await tc.requests(() => tc.data('m_0', 'study.list', {}))).toBe(3);
      expect(await tc.requests(() => tc.data('county_1', 'study.list', {}))).toBe(2);
    });
  });

  describe('study.get', () => {
    it('gives a targeted member the body and his own check-in', async () => {
      const r = await tc.data('m_0', 'study.get', { pushId: P1._id });
      expect(r.push).toMatchObject({ _id: P1._id, body: [{ type: 'heading' }, { type: 'paragraph' }] });
      expect(r.push).not.toHaveProperty('counters');
      expect(r.push).not.toHaveProperty('publisherOpenid');
      expect(r.open).toBe(true);
      expect(r.mine).toMatchObject({ pushId: P1._id, text: expect.any(String), photoUrls: [] });
      expect(r.mine).not.toHaveProperty('openid');
      expect((await tc.data('m_2', 'study.get', { pushId: P1._id })).mine).toBeNull();
    });

    it('refuses members it does not target, and scheduled pushes before their time', async () => {
      expect(await tc.code('m_0', 'study.get', { pushId: P3._id })).toBe('STUDY.NOT_TARGETED');
      expect(await tc.code('m_4', 'study.get', { pushId: P2._id })).toBe('STUDY.NOT_TARGETED');
      expect(await tc.code('m_0', 'study.get', { pushId: P4._id })).toBe('STUDY.NOT_TARGETED');
      expect(await tc.code('stranger', 'study.get', { pushId: P1._id })).toBe('STUDY.NOT_TARGETED');
      expect(await tc.code('m_0', 'study.get', { pushId: 'nopush' })).toBe('STUDY.NOT_FOUND');
    });

    it('opens pushes of his scope to an organiser, scheduled ones included', async () => {
      expect((await tc.data('county_1', 'study.get', { pushId: P4._id })).push._id).toBe(P4._id);
      expect((await tc.data('county_1', 'study.get', { pushId: P4._id })).open).toBe(false);
      expect((await tc.data('sec_a', 'study.get', { pushId: P2._id })).mine).toBeNull();
      expect(await tc.code('sec_a', 'study.get', { pushId: P3._id })).toBe('STUDY.NOT_TARGETED');
    });

    it('costs two requests (caller; push and check-in together)', async () => {
      expect(await tc.requests(() => tc.data('m_0', 'study.get', { pushId: P1._id }))).toBe(2);
    });
  });

  function base() {
    return { title: '标题', issueNo: 9, kind: '党课', body: [{ type: 'paragraph', text: '正文' }], audience: { scope: 'county' }, dueDay: '2099-12-31' };
  }
});
