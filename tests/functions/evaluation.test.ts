import { ADMIN, grantRoles, joinMembers, seedTwoBranches, startTestCloud, type TestCloud } from './helpers/cloud';
import { dumpDatabase, eachTestLeavesDatabaseUnchanged } from './helpers/dump';
import { sdkDb } from './helpers/study';
import { dayAfter, today } from './helpers/days';
import { TIERS as tiers } from './helpers/evaluation';
import { evaluate } from '../../src/domain/evaluation/tier.rules';

jest.setTimeout(120_000);


const criteria = [
  { name: '抓党建', weight: 40, maxScore: 10 },
  { name: '管党员', weight: 35, maxScore: 10 },
  { name: '促发展', weight: 25, maxScore: 20 },
];
const roundInput = (year: number, over: Record<string, unknown> = {}) => ({
  year, startDay: today(), endDay: dayAfter(10), criteria, tiers, reviewerOpenids: ['county_1', 'm_0', 'sec_a'], ...over,
});

/**
 * Branches A and B are 云支部 (evaluated), C is a 流动党委 (not). sec_a / sec_b are their secretaries;
 * county_1 is 组织部 staff; m_0 (a member) is a named reviewer; m_1 a plain member.
 */
describe('述职评议', () => {
  let tc: TestCloud;
  let A: any, B: any, C: any;
  const R = 'r2026';

  beforeAll(async () => {
    tc = await startTestCloud();
    let sa: string;
    ({ A, B, sa } = await seedTwoBranches(tc) as any);
    const G = await tc.data(ADMIN, 'org.createGroup', { township: '汤山镇', village: '石门村' });
    await joinMembers(tc, sa, G._id, 0, 2);
    C = await tc.data(ADMIN, 'org.createBranch', { kind: '流动党委', name: '县流动党委', city: '石阡', secretaryName: '王书记' });
    await grantRoles(tc, { A, B }, 'county_1', 'sec_a', 'sec_b');
    await tc.data(ADMIN, 'org.grantRole', { openid: 'sec_c', role: 'secretary', branchId: C._id });
  });
  afterAll(() => tc?.dispose());

  describe('opening refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('is the county\'s alone', async () => {
      for (const who of ['sec_a', 'm_0', 'stranger']) expect(await tc.code(who, 'eval.openRound', roundInput(2026))).toBe('AUTH.FORBIDDEN');
    });

    it('refuses a bad configuration with the offending fields', async () => {
      const fields = async (over: Record<string, unknown>) => {
        const r = await tc.call('county_1', 'eval.openRound', roundInput(2026, over));
        expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
        return r.ok ? [] : r.error.fields!.map((f) => f.path);
      };
      expect(await fields({ criteria: [{ ...criteria[0], weight: 50 }, criteria[1], criteria[2]] })).toContain('criteria');
      expect(await fields({ tiers: [tiers[1], tiers[0], tiers[2]] })).toContain('tiers');
      expect(await fields({ tiers: [tiers[0], tiers[1], { ...tiers[2], amount: -1 }] })).toContain('tiers.2.amount');
      expect(await fields({ startDay: dayAfter(3), endDay: dayAfter(2) })).toContain('endDay');
      expect(await fields({ startDay: dayAfter(-5), endDay: dayAfter(-1) })).toContain('endDay');
      expect(await fields({ reviewerOpenids: [] })).toContain('reviewerOpenids');
    });

    it('refuses reviewers nobody knows', async () => {
      expect(await tc.code('county_1', 'eval.openRound', roundInput(2026, { reviewerOpenids: ['county_1', 'ghost'] }))).toBe('EVAL.REVIEWER_UNKNOWN');
    });
  });

  describe('a round', () => {
    it('snapshots the secretaries of the flow branches (not the 流动党委) and the reviewers', async () => {
      const r = await tc.data('county_1', 'eval.openRound', roundInput(2026));
      expect(r).toMatchObject({ _id: R, year: 2026, status: 'open', evalueeCount: 2, reviewerCount: 3, canManage: true, isReviewer: true, title: '2026 年度流动党支部书记述职评议' });
      const doc = (await sdkDb().collection('evalRounds').doc(R).get()).data;
      expect(doc.evaluees.map((e: any) => [e.branchId, e.openids])).toEqual(expect.arrayContaining([[A._id, ['sec_a']], [B._id, ['sec_b']]]));
      expect(doc.evaluees.some((e: any) => e.branchId === C._id)).toBe(false);
      expect(doc.reviewers).toEqual([{ openid: 'county_1', name: null }, { openid: 'm_0', name: '党员000' }, { openid: 'sec_a', name: null }]);
    });

    it('is one per year', async () => {
      const before = await dumpDatabase();
      expect(await tc.code('county_1', 'eval.openRound', roundInput(2026))).toBe('EVAL.ROUND_EXISTS');
      expect(await dumpDatabase()).toEqual(before);
    });
  });

  describe('scoring refusals change nothing', () => {
    eachTestLeavesDatabaseUnchanged();

    it('refuses anyone the round does not name a reviewer, even the county or a secretary', async () => {
      for (const who of ['m_1', 'sec_b', 'stranger', ADMIN]) expect(await tc.code(who, 'eval.score', { roundId: R, branchId: A._id, scores: [8, 8, 16] })).toBe('AUTH.FORBIDDEN');
    });

    it('refuses a reviewer scoring his own branch, branches outside the round, unknown rounds', async () => {
      expect(await tc.code('sec_a', 'eval.score', { roundId: R, branchId: A._id, scores: [8, 8, 16] })).toBe('EVAL.OWN_BRANCH');
      expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: C._id, scores: [8, 8, 16] })).toBe('EVAL.NOT_EVALUEE');
      expect(await tc.code('m_0', 'eval.score', { roundId: 'r1999', branchId: A._id, scores: [8, 8, 16] })).toBe('EVAL.NOT_FOUND');
    });

    it('refuses scores out of range, in fractions other than halves, or incomplete sheets', async () => {
      for (const scores of [[11, 8, 16], [8, -1, 16], [8, 8, 20.5], [8, 8, 16.2]]) {
        expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: A._id, scores })).toBe('EVAL.SCORE_OUT_OF_RANGE');
      }
      expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: [8, 8] })).toBe('EVAL.SHEET_INCOMPLETE');
      expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: [8, 8, 16, 1] })).toBe('EVAL.SHEET_INCOMPLETE');
    });

    it('takes no reviewer from the payload', async () => {
      expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: [8, 8, 16], reviewer: 'county_1' })).toBe('INPUT.INVALID');
      expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: ['8', 8, 16] })).toBe('INPUT.INVALID');
    });
  });

  describe('scoring, progress, close and results', () => {
    it('saves a sheet and lets the reviewer revise his own', async () => {
      expect(await tc.data('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: [6, 6, 12] })).toMatchObject({ revised: false, scores: [6, 6, 12] });
      expect(await tc.data('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: [10, 8, 16] })).toMatchObject({ revised: true, scores: [10, 8, 16] });
      await tc.data('county_1', 'eval.score', { roundId: R, branchId: A._id, scores: [8, 8, 18] });
      await tc.data('county_1', 'eval.score', { roundId: R, branchId: B._id, scores: [7, 7, 14] });
      await tc.data('sec_a', 'eval.score', { roundId: R, branchId: B._id, scores: [7.5, 6.5, 13] });
      const { data } = await sdkDb().collection('evalSheets').where({ roundId: R }).get();
      expect(data).toHaveLength(4);
      expect(data.find((s: any) => s.reviewer === 'm_0').scores).toEqual([10, 8, 16]);
    });

    it('costs a fixed number of database requests per sheet', async () => {
      // caller; round; own sheet; transaction: start, round, sheet, revision, commit
      expect(await tc.requests(() => tc.data('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: [10, 8, 16] }))).toBe(8);
    });

    it('gives each reviewer his own sheet, marking his own branch', async () => {
      const m0 = await tc.data('m_0', 'eval.sheet', { roundId: R });
      expect(m0.open).toBe(true);
      expect(m0.rows.find((r: any) => r.branchId === A._id)).toMatchObject({ scores: [10, 8, 16], own: false });
      expect(m0.rows.find((r: any) => r.branchId === B._id)).toMatchObject({ scores: null });
      const sa = await tc.data('sec_a', 'eval.sheet', { roundId: R });
      expect(sa.rows.find((r: any) => r.branchId === A._id)).toMatchObject({ own: true, scores: null });
      expect(await tc.code('m_1', 'eval.sheet', { roundId: R })).toBe('AUTH.FORBIDDEN');
    });

    it('shows the county progress (counts, never scores) while open; nobody else', async () => {
      const r = await tc.data('county_1', 'eval.results', { roundId: R });
      expect(r.results).toBeNull();
      expect(r.progress.evaluees.map((e: any) => [e.branchId, e.sheets])).toEqual(expect.arrayContaining([[A._id, 2], [B._id, 2]]));
      expect(r.progress.reviewers).toEqual([{ openid: 'county_1', name: null, sheets: 2 }, { openid: 'm_0', name: '党员000', sheets: 1 }, { openid: 'sec_a', name: null, sheets: 1 }]);
      expect(JSON.stringify(r)).not.toMatch(/"scores"/);
      for (const who of ['sec_a', 'm_0', 'm_1']) expect(await tc.code(who, 'eval.results', { roundId: R })).toBe('AUTH.FORBIDDEN');
      expect((await tc.data('sec_a', 'eval.mine')).items).toEqual([{ round: expect.objectContaining({ _id: R, status: 'open' }), results: null }]);
    });

    it('lists rounds to the county and to their reviewers only', async () => {
      expect((await tc.data('county_1', 'eval.rounds')).items.map((r: any) => r._id)).toEqual([R]);
      expect((await tc.data('m_0', 'eval.rounds')).items).toEqual([expect.objectContaining({ _id: R, isReviewer: true, canManage: false })]);
      expect((await tc.data('m_1', 'eval.rounds')).items).toEqual([]);
      // member.me tells a reviewer without an organiser role where to go (his home tile).
      expect((await tc.data('m_0', 'member.me')).reviewing).toBe(true);
      expect((await tc.data('m_1', 'member.me')).reviewing).toBe(false);
      expect((await tc.data('sec_b', 'eval.rounds')).items).toEqual([]);
    });

    it('refuses closing by anyone but the county, changing nothing', async () => {
      const before = await dumpDatabase();
      for (const who of ['sec_a', 'm_0']) expect(await tc.code(who, 'eval.closeRound', { roundId: R })).toBe('AUTH.FORBIDDEN');
      expect(await tc.code('county_1', 'eval.closeRound', { roundId: 'r1999' })).toBe('EVAL.NOT_FOUND');
      expect(await dumpDatabase()).toEqual(before);
    });

    it('closes with each secretary\'s weighted score, tier and amount', async () => {
      const r = await tc.data('county_1', 'eval.closeRound', { roundId: R });
      const a = evaluate(criteria as any, tiers as any, [[10, 8, 16], [8, 8, 18]]);
      const b = evaluate(criteria as any, tiers as any, [[7, 7, 14], [7.5, 6.5, 13]]);
      expect(a).toEqual({ score: 85.25, means: [9, 8, 17], tier: '二档', amount: 2000 });
      expect(b).toEqual({ score: 69.5, means: [7.25, 6.75, 13.5], tier: '三档', amount: 1000 });
      expect(r.round.status).toBe('closed');
      expect(r.results).toEqual([
        { branchId: A._id, branchName: A.name, secretaryName: A.secretaryName, sheets: 2, ...a },
        { branchId: B._id, branchName: B.name, secretaryName: B.secretaryName, sheets: 2, ...b },
      ]);
      expect((await tc.data('county_1', 'eval.results', { roundId: R })).results).toEqual(r.results);
    });

    it('publishes to each secretary his own result only', async () => {
      const a = await tc.data('sec_a', 'eval.mine');
      expect(a.items).toHaveLength(1);
      expect(a.items[0].results).toEqual([expect.objectContaining({ branchId: A._id, tier: '二档', amount: 2000, means: [9, 8, 17] })]);
      expect(a.items[0].round.criteria).toEqual(criteria);
      const b = await tc.data('sec_b', 'eval.mine');
      expect(b.items[0].results.map((x: any) => x.branchId)).toEqual([B._id]);
      expect((await tc.data('m_1', 'eval.mine')).items).toEqual([]);
      expect((await tc.data('sec_c', 'eval.mine')).items).toEqual([]);
      expect((await tc.data('m_0', 'member.me')).reviewing).toBe(false); // the round is closed
    });

    it('cannot change a closed round: no scores, no second close', async () => {
      const before = await dumpDatabase();
      expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: A._id, scores: [1, 1, 1] })).toBe('EVAL.CLOSED');
      expect(await tc.code('m_0', 'eval.score', { roundId: R, branchId: B._id, scores: [1, 1, 1] })).toBe('EVAL.CLOSED');
      expect(await tc.code('county_1', 'eval.closeRound', { roundId: R })).toBe('EVAL.CLOSED');
      expect((await tc.data('m_0', 'eval.sheet', { roundId: R })).open).toBe(false);
      expect(await dumpDatabase()).toEqual(before);
    });
  });

  describe('the scoring window', () => {
    it('refuses scores before the window opens and after it ends, changing nothing', async () => {
      await tc.data('county_1', 'eval.openRound', roundInput(2027, { startDay: dayAfter(1), endDay: dayAfter(5) }));
      const before = await dumpDatabase();
      expect(await tc.code('m_0', 'eval.score', { roundId: 'r2027', branchId: A._id, scores: [8, 8, 16] })).toBe('EVAL.OUTSIDE_WINDOW');
      // the calendar moves on: the window is now in the past
      await sdkDb().collection('evalRounds').doc('r2027').update({ data: { startDay: dayAfter(-5), endDay: dayAfter(-1) } });
      const moved = await dumpDatabase();
      expect(await tc.code('m_0', 'eval.score', { roundId: 'r2027', branchId: A._id, scores: [8, 8, 16] })).toBe('EVAL.OUTSIDE_WINDOW');
      expect(await dumpDatabase()).toEqual(moved);
      expect(before.evalSheets).toEqual(moved.evalSheets);
    });
  });

  describe('close racing with scores', () => {
    it('counts exactly the sheets that were saved; the rest are refused', async () => {
      await tc.data('county_1', 'eval.openRound', roundInput(2028, { reviewerOpenids: ['county_1', 'm_0'] }));
      await tc.data('county_1', 'eval.score', { roundId: 'r2028', branchId: A._id, scores: [5, 5, 10] });
      const scores = Array.from({ length: 6 }, (_, i) => tc.call(i % 2 ? 'm_0' : 'county_1', 'eval.score', { roundId: 'r2028', branchId: i < 3 ? A._id : B._id, scores: [i + 1, i + 1, 2 * (i + 1)] }));
      // On CloudBase the close conflicts with scores being saved at that moment: it answers
      // SYSTEM.BUSY with nothing written, and the county closes again.
      const closeUntilDone = async () => {
        for (let k = 0; k < 10; k++) {
          const r = await tc.call('county_1', 'eval.closeRound', { roundId: 'r2028' });
          if (r.ok) return r.data as any;
          expect(r.error.code).toBe('SYSTEM.BUSY');
        }
        throw new Error('the round never closed');
      };
      const [closed, ...answers] = await Promise.all([closeUntilDone(), ...scores]);
      for (const a of answers) if (!a.ok) expect(['EVAL.CLOSED', 'SYSTEM.BUSY']).toContain(a.error.code);
      const { data: sheets } = await sdkDb().collection('evalSheets').where({ roundId: 'r2028' }).get();
      for (const row of closed.results) {
        const mine = sheets.filter((s: any) => s.branchId === row.branchId).map((s: any) => s.scores);
        expect(row).toMatchObject({ sheets: mine.length, ...evaluate(criteria as any, tiers as any, mine) });
      }
    });
  });
});
