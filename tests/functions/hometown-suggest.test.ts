import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';

jest.setTimeout(60_000);

/**
 * 我为家乡谋发展. Branch A: m_0, m_1 (龙井村 G1), m_2 (虎跑村 G2); branch B: m_3 (G1).
 * sec_a / sec_b run A / B, cadre_1 / cadre_2 run G1 / G2, county_1 is the county 组织部.
 */
describe('hometown suggestions', () => {
  let tc: TestCloud;
  let A: any, B: any, G1: any, G2: any;
  let S0: any, S2: any, S3: any;
  const text = '村里的猕猴桃每年都烂掉不少，建议村集体建一个冷库，统一收购储存。';
  const suggestion = (over: Record<string, unknown> = {}) => ({ title: '建冷库', text, category: '产业', ...over });
  const ids = (r: any) => r.items.map((i: any) => i._id);

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string, sb: string;
    ({ A, B, G1, G2, sa, sb } = await seedTwoBranches(tc));
    await joinMembers(tc, sa, G1._id, 0, 2);
    await joinMembers(tc, sa, G2._id, 2, 1);
    await joinMembers(tc, sb, G1._id, 3, 1);
    await grantRoles(tc, { A, B, G1, G2 }, 'sec_a', 'sec_b', 'cadre_1', 'cadre_2', 'county_1');
  });
  afterAll(() => tc?.dispose());

  describe('suggest.submit', () => {
    it('files a suggestion for his own village by default, author and branch from the caller', async () => {
      S0 = await tc.data('m_0', 'suggest.submit', suggestion());
      expect(S0).toMatchObject({ title: '建冷库', category: '产业', status: 'submitted', replies: [], memberId: expect.any(String), authorName: '党员000', branchId: A._id, groupId: G1._id, villageName: '龙井村' });
      expect(S0).not.toHaveProperty('openid');
      const stored = (await dumpDatabase()).suggestions.find((s: any) => s._id === S0._id) as any;
      expect(stored.openid).toBe('m_0');
    });

    it('files for another village when he names it', async () => {
      S2 = await tc.data('m_2', 'suggest.submit', suggestion({ title: '修村道', category: '基础设施', groupId: G1._id }));
      expect(S2).toMatchObject({ branchId: A._id, groupId: G1._id, villageName: '龙井村' });
      S3 = await tc.data('m_3', 'suggest.submit', suggestion({ title: '引人才', category: '人才' }));
      expect(S3).toMatchObject({ branchId: B._id, groupId: G1._id });
    });

    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses bad input naming the field', async () => {
        const r = await tc.call('m_0', 'suggest.submit', suggestion({ text: '太短了' }));
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: [{ path: 'text' }] } });
        expect(await tc.code('m_0', 'suggest.submit', suggestion({ category: '政治' }))).toBe('INPUT.INVALID');
        expect(await tc.code('m_0', 'suggest.submit', suggestion({ title: '' }))).toBe('INPUT.INVALID');
        // identity never comes from the payload
        expect(await tc.code('m_0', 'suggest.submit', suggestion({ memberId: 'someone' }))).toBe('INPUT.INVALID');
      });
      it('refuses an unknown village and non-members', async () => {
        expect(await tc.code('m_0', 'suggest.submit', suggestion({ groupId: 'nogroup' }))).toBe('ORG.NOT_FOUND');
        expect(await tc.code('stranger', 'suggest.submit', suggestion())).toBe('MEMBER.NOT_JOINED');
        expect(await tc.code('sec_a', 'suggest.submit', suggestion())).toBe('MEMBER.NOT_JOINED');
      });
      it('refuses risky text, and refuses while the content check is down', async () => {
        expect(await tc.code('m_0', 'suggest.submit', suggestion({ text: `${text}【违规】` }))).toBe('CONTENT.RISKY');
        tc.lc.faults.secCheckDown = true;
        try {
          expect(await tc.code('m_0', 'suggest.submit', suggestion())).toBe('SYSTEM.BUSY');
        } finally {
          tc.lc.faults.secCheckDown = false;
        }
      });
    });
  });

  describe('suggest.list', () => {
    it('shows a member his own suggestions only', async () => {
      expect(ids(await tc.data('m_0', 'suggest.list', {}))).toEqual([S0._id]);
      expect(ids(await tc.data('m_1', 'suggest.list', {}))).toEqual([]);
      expect(await tc.code('stranger', 'suggest.list', {})).toBe('MEMBER.NOT_JOINED');
    });

    it('gives each organiser the queue of his scope, newest first', async () => {
      expect(ids(await tc.data('county_1', 'suggest.list', { manage: true }))).toEqual([S3._id, S2._id, S0._id]);
      expect(ids(await tc.data('sec_a', 'suggest.list', { manage: true }))).toEqual([S2._id, S0._id]);
      expect(ids(await tc.data('sec_b', 'suggest.list', { manage: true }))).toEqual([S3._id]);
      expect(ids(await tc.data('cadre_1', 'suggest.list', { manage: true }))).toEqual([S3._id, S2._id, S0._id]);
      expect(ids(await tc.data('cadre_2', 'suggest.list', { manage: true }))).toEqual([]);
      for (const who of ['m_0', 'stranger', ADMIN]) expect(await tc.code(who, 'suggest.list', { manage: true })).toBe('AUTH.FORBIDDEN');
    });

    it('pages with a cursor', async () => {
      const p1 = await tc.data('county_1', 'suggest.list', { manage: true, limit: 2 });
      expect(ids(p1)).toEqual([S3._id, S2._id]);
      const p2 = await tc.data('county_1', 'suggest.list', { manage: true, limit: 2, cursor: p1.nextCursor });
      expect(ids(p2)).toEqual([S0._id]);
      expect(p2.nextCursor).toBeNull();
    });
  });

  describe('suggest.reply', () => {
    describe('refusals change nothing', () => {
      eachTestLeavesDatabaseUnchanged();
      it('refuses organisers outside the scope, sysadmin and members', async () => {
        for (const who of ['sec_b', 'cadre_2', ADMIN, 'm_0', 'stranger']) {
          expect(await tc.code(who, 'suggest.reply', { suggestionId: S0._id, text: '收到', status: 'replied' })).toBe('AUTH.FORBIDDEN');
        }
      });
      it('refuses unknown suggestions, bad input and risky replies', async () => {
        expect(await tc.code('county_1', 'suggest.reply', { suggestionId: 'nothing', text: '收到', status: 'replied' })).toBe('SUGGEST.NOT_FOUND');
        expect(await tc.code('county_1', 'suggest.reply', { suggestionId: S0._id, text: '收到', status: 'submitted' })).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'suggest.reply', { suggestionId: S0._id, text: '', status: 'replied' })).toBe('INPUT.INVALID');
        expect(await tc.code('county_1', 'suggest.reply', { suggestionId: S0._id, text: '【违规】', status: 'replied' })).toBe('CONTENT.RISKY');
      });
    });

    it('lets the branch secretary answer, and the member sees the answer', async () => {
      const r = await tc.data('sec_a', 'suggest.reply', { suggestionId: S0._id, text: '已转村委会研究', status: 'replied' });
      expect(r).toMatchObject({ status: 'replied', replies: [{ text: '已转村委会研究', status: 'replied' }] });
      const mine = await tc.data('m_0', 'suggest.list', {});
      expect(mine.items[0]).toMatchObject({ status: 'replied', replies: [{ text: '已转村委会研究' }] });
    });

    it('lets the village cadre adopt it, after which the answer is final', async () => {
      const r = await tc.data('cadre_1', 'suggest.reply', { suggestionId: S0._id, text: '村两委决定明年建冷库', status: 'adopted' });
      expect(r.status).toBe('adopted');
      expect(r.replies.map((x: any) => x.status)).toEqual(['replied', 'adopted']);
      const before = await dumpDatabase();
      expect(await tc.code('county_1', 'suggest.reply', { suggestionId: S0._id, text: '再议', status: 'noted' })).toBe('SUGGEST.CLOSED');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('lets only one of two concurrent final answers through', async () => {
      const [a, b] = await Promise.all([
        tc.call('county_1', 'suggest.reply', { suggestionId: S3._id, text: '采纳', status: 'adopted' }),
        tc.call('sec_b', 'suggest.reply', { suggestionId: S3._id, text: '存档', status: 'noted' }),
      ]);
      expect([a.ok, b.ok].sort()).toEqual([false, true]);
      expect((a.ok ? b : a) as any).toMatchObject({ error: { code: 'SUGGEST.CLOSED' } });
      const stored = (await dumpDatabase()).suggestions.find((s: any) => s._id === S3._id) as any;
      expect(stored.replies).toHaveLength(1);
      expect(stored.status).toBe(stored.replies[0].status);
    });

    it('filters the queue by status', async () => {
      expect(ids(await tc.data('county_1', 'suggest.list', { manage: true, status: 'submitted' }))).toEqual([S2._id]);
      expect(ids(await tc.data('county_1', 'suggest.list', { manage: true, status: 'adopted' }))).toContain(S0._id);
    });
  });

  it('costs 5 requests to submit (2 of them find who answers it and who consented to be told), 2 to list and 6 to answer', async () => {
    let S: any;
    expect(await tc.requests(async () => (S = await tc.data('m_1', 'suggest.submit', suggestion())))).toBe(5);
    expect(await tc.requests(() => tc.data('m_1', 'suggest.list', {}))).toBe(2);
    expect(await tc.requests(() => tc.data('sec_a', 'suggest.list', { manage: true }))).toBe(2);
    expect(await tc.requests(() => tc.data('sec_a', 'suggest.reply', { suggestionId: S._id, text: '收到', status: 'noted' }))).toBe(6);
  });

  describe('hometown.stats (suggestions)', () => {
    it('counts suggestions per status for the county, a branch and a village', async () => {
      const county = await tc.data('county_1', 'hometown.stats', {});
      const total = Object.values(county.suggestions as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(total).toBe(4);
      expect(county.suggestions.submitted).toBe(1);
      expect(county.suggestions.adopted + county.suggestions.noted).toBe(3);
      expect((await tc.data('sec_a', 'hometown.stats', { branchId: A._id })).suggestions).toEqual({ submitted: 1, replied: 0, adopted: 1, noted: 1 });
      const g2 = await tc.data('cadre_2', 'hometown.stats', { groupId: G2._id });
      expect(g2.suggestions).toEqual({ submitted: 0, replied: 0, adopted: 0, noted: 0 });
      expect(g2.pipeline).toBeNull();
    });

    it('refuses units outside the caller scope', async () => {
      expect(await tc.code('sec_a', 'hometown.stats', { branchId: B._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('sec_a', 'hometown.stats', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('cadre_1', 'hometown.stats', { groupId: G2._id })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('m_0', 'hometown.stats', {})).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'hometown.stats', { branchId: A._id, groupId: G1._id })).toBe('INPUT.INVALID');
    });
  });
});
