import { ownResultView } from '../../src/domain/evaluation/result-view.rules';
import { criteriaProblem, criterionMeans, evaluate, roundHalfUp, tallyTiers, tierOf, tiersProblem, weightedScore, type Criterion, type Tier } from '../../src/domain/evaluation/tier.rules';
import { scoringRefusal, sheetProblem, windowOver } from '../../src/domain/evaluation/sheet.rules';
import { evalOpenRoundInputSchema } from '../../src/domain/evaluation/evaluation.schema';
import { atShanghai } from '../../src/domain/shared/day.rules';
import { isOwnEvaluee } from '../../src/domain/evaluation/eval-scope.rules';
import type { Caller } from '../../src/domain/auth/grant';

const criteria: Criterion[] = [
  { name: '抓党建', weight: 40, maxScore: 10 },
  { name: '管党员', weight: 35, maxScore: 10 },
  { name: '促发展', weight: 25, maxScore: 20 },
];
const tiers: Tier[] = [
  { name: '一档', minScore: 90, amount: 3000 },
  { name: '二档', minScore: 75, amount: 2000 },
  { name: '三档', minScore: 0, amount: 1000 },
];

describe('weighted score', () => {
  it('averages each criterion over the reviewers, as a share of its maximum, times its weight', () => {
    // 抓党建 mean 9 → 36; 管党员 mean 8 → 28; 促发展 mean 17 → 21.25
    expect(weightedScore(criteria, [[10, 8, 16], [8, 8, 18]])).toBe(85.25);
    expect(criterionMeans(criteria, [[10, 8, 16], [8, 8, 18]])).toEqual([9, 8, 17]);
  });

  it('is full marks for full marks and null when nobody scored', () => {
    expect(weightedScore(criteria, [[10, 10, 20]])).toBe(100);
    expect(weightedScore(criteria, [])).toBeNull();
    expect(criterionMeans(criteria, [])).toEqual([null, null, null]);
  });

  it('rounds half up to 2 decimals despite binary noise', () => {
    expect(roundHalfUp(89.995)).toBe(90);
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(74.994999)).toBe(74.99);
    // three reviewers: 抓党建 (10+9+9)/3 = 9.333… → 37.333…; total 37.3333 + 35 + 25 = 97.33
    expect(weightedScore(criteria, [[10, 10, 20], [9, 10, 20], [9, 10, 20]])).toBe(97.33);
  });
});

describe('tiers and amounts', () => {
  it('maps the rounded score to the first band it reaches, lines inclusive', () => {
    expect(tierOf(90, tiers).name).toBe('一档');
    expect(tierOf(89.99, tiers).name).toBe('二档');
    expect(tierOf(75, tiers).name).toBe('二档');
    expect(tierOf(74.99, tiers).name).toBe('三档');
    expect(tierOf(0, tiers).name).toBe('三档');
  });

  it('tiers by the rounded score: 89.995 rounds to 90 and reaches 一档', () => {
    const c: Criterion[] = [{ name: '综合', weight: 100, maxScore: 100 }];
    // 90 × 0.5 + 89.99 × 0.5 = 89.995 → 90.00: the band is judged on the score the secretary is shown
    const out = evaluate([{ name: 'a', weight: 50, maxScore: 100 }, { name: 'b', weight: 50, maxScore: 100 }], tiers, [[90, 89.99]]);
    expect(out).toEqual({ score: 90, means: [90, 89.99], tier: '一档', amount: 3000 });
    expect(evaluate(c, tiers, [[80]])).toEqual({ score: 80, means: [80], tier: '二档', amount: 2000 });
    expect(evaluate(c, tiers, [])).toEqual({ score: null, means: [null], tier: null, amount: 0 });
  });

  it('tallies a round\'s results per tier with the total 补助', () => {
    expect(tallyTiers([{ tier: '一档', amount: 3000 }, { tier: '三档', amount: 1000 }, { tier: '一档', amount: 3000 }, { tier: null, amount: 0 }])).toEqual({
      counts: { 一档: 2, 二档: 0, 三档: 1 }, unscored: 1, totalAmount: 7000,
    });
  });

  it('validates the configuration', () => {
    expect(criteriaProblem(criteria)).toBeNull();
    expect(criteriaProblem([{ name: 'a', weight: 50, maxScore: 10 }, { name: 'b', weight: 40, maxScore: 10 }])).toMatch(/合计须为 100/);
    expect(criteriaProblem([{ name: 'a', weight: 50, maxScore: 10 }, { name: 'a', weight: 50, maxScore: 10 }])).toMatch(/不能重复/);
    expect(tiersProblem(tiers)).toBeNull();
    expect(tiersProblem([tiers[1], tiers[0], tiers[2]])).toMatch(/依次/);
    expect(tiersProblem([tiers[0], { ...tiers[1], minScore: 90 }, tiers[2]])).toMatch(/一档的分数线须高于二档/);
    expect(tiersProblem([tiers[0], tiers[1], { ...tiers[2], minScore: 60 }])).toMatch(/三档的起点/);
  });

  it('rejects a bad configuration in the shared schema with the field', () => {
    const base = { year: 2026, startDay: '2026-12-01', endDay: '2026-12-31', criteria, tiers, reviewerOpenids: ['r1'] };
    expect(evalOpenRoundInputSchema.safeParse(base).success).toBe(true);
    const paths = (v: object) => {
      const r = evalOpenRoundInputSchema.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ ...base, criteria: [{ ...criteria[0], weight: 41 }, criteria[1], criteria[2]] })).toContain('criteria');
    expect(paths({ ...base, tiers: [tiers[0], tiers[0], tiers[2]] })).toContain('tiers');
    expect(paths({ ...base, endDay: '2026-11-30' })).toContain('endDay');
    expect(paths({ ...base, reviewerOpenids: ['r1', 'r1'] })).toContain('reviewerOpenids');
    expect(paths({ ...base, tiers: tiers.slice(0, 2) })).toContain('tiers');
  });
});

describe('sheets and the scoring window', () => {
  it('takes one score per criterion within 0..max in half points', () => {
    expect(sheetProblem(criteria, [10, 0, 19.5])).toBeNull();
    expect(sheetProblem(criteria, [10, 9])).toMatchObject({ kind: 'incomplete' });
    expect(sheetProblem(criteria, [11, 9, 9])).toMatchObject({ kind: 'range', message: expect.stringContaining('抓党建') });
    expect(sheetProblem(criteria, [10, -1, 9])).toMatchObject({ kind: 'range' });
    expect(sheetProblem(criteria, [10, 9, 9.3])).toMatchObject({ kind: 'range', message: expect.stringContaining('半分') });
    expect(sheetProblem(criteria, [10, 9, Number.NaN])).toMatchObject({ kind: 'range' });
  });

  it('is open on the window\'s Shanghai days only, and never once closed', () => {
    const round = { status: 'open' as const, startDay: '2026-12-01', endDay: '2026-12-10' };
    expect(scoringRefusal(round, atShanghai('2026-12-01', '00:00'))).toBeNull();
    expect(scoringRefusal(round, atShanghai('2026-12-10', '23:59'))).toBeNull();
    expect(scoringRefusal(round, atShanghai('2026-11-30', '23:59'))).toBe('outside');
    expect(scoringRefusal(round, atShanghai('2026-12-11', '00:00'))).toBe('outside');
    expect(scoringRefusal({ ...round, status: 'closed' }, atShanghai('2026-12-05', '12:00'))).toBe('closed');
    expect(windowOver('2026-12-10', atShanghai('2026-12-10', '23:59'))).toBe(false);
    expect(windowOver('2026-12-10', atShanghai('2026-12-11', '00:00'))).toBe(true);
  });
});

describe('evaluation scope', () => {
  const caller = (openid: string, grants: Caller['grants']): Caller => ({ openid, memberId: null, name: null, grants, placement: null });
  const evaluee = { branchId: 'bA', openids: ['sec_old'] };
  it('keeps a secretary from scoring his own branch, snapshotted or granted during the round', () => {
    expect(isOwnEvaluee(caller('sec_old', []), evaluee)).toBe(true);
    expect(isOwnEvaluee(caller('sec_new', [{ role: 'secretary', branchId: 'bA' }]), evaluee)).toBe(true);
    expect(isOwnEvaluee(caller('sec_b', [{ role: 'secretary', branchId: 'bB' }]), evaluee)).toBe(false);
  });
});

describe('ownResultView: what a secretary reads of his own result', () => {
  const result = (sheets: number) => ({ branchId: 'b', branchName: '杭州云支部', secretaryName: '李书记', sheets, means: [9, 8, 17], score: 85.25, tier: '二档' as const, amount: 2000 });

  it('hides the per-criterion means of a single sheet (they would be that reviewer\'s scores)', () => {
    expect(ownResultView(result(1))).toEqual({ ...result(1), means: [null, null, null] });
  });

  it('shows the breakdown from two sheets on, and the score, tier and amount always', () => {
    expect(ownResultView(result(2))).toEqual(result(2));
    expect(ownResultView(result(1))).toMatchObject({ score: 85.25, tier: '二档', amount: 2000, sheets: 1 });
  });
});
