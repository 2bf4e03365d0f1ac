/**
 * 述职评议 arithmetic: a secretary's weighted score (0–100) from the reviewers' sheets, its
 * rounding, and the tier (一档 / 二档 / 三档) and 党费补助 amount it maps to. Pure: the function
 * computes results at close with exactly these rules, and the pages show the same numbers.
 */

export const tierNames = ['一档', '二档', '三档'] as const;
export type TierName = (typeof tierNames)[number];

export interface Criterion {
  name: string;
  /** Integer share of the total; the weights of a round sum to 100. */
  weight: number;
  /** The top score a reviewer may give on this criterion. */
  maxScore: number;
}

export interface Tier {
  name: TierName;
  /** Lowest weighted score (0–100, inclusive) that reaches this tier; 三档 starts at 0. */
  minScore: number;
  /** 党费补助 for the tier, in whole yuan. */
  amount: number;
}

/** Weights must add up to this, so a weight reads directly as "points out of 100". */
export const WEIGHT_TOTAL = 100;
/** Scores are given in steps of half a point. */
export const SCORE_STEP = 0.5;

/**
 * Half-up rounding to `digits` decimals. The value is first cut to 12 significant digits so that
 * binary noise (89.995 * 100 = 8999.499999…) does not round a true half down.
 */
export function roundHalfUp(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(Number((value * f).toPrecision(12))) / f;
}

/** Why a round's configuration is unusable (null: fine). Shared by the schema's refinements. */
export function criteriaProblem(criteria: Criterion[]): string | null {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  if (total !== WEIGHT_TOTAL) return `各项权重合计须为 ${WEIGHT_TOTAL}（当前 ${total}）`;
  const names = new Set(criteria.map((c) => c.name));
  if (names.size !== criteria.length) return '评议项目名称不能重复';
  return null;
}

export function tiersProblem(tiers: Tier[]): string | null {
  if (tiers.length !== tierNames.length || tiers.some((t, i) => t.name !== tierNames[i])) return '档次须依次为一档、二档、三档';
  if (tiers[tiers.length - 1].minScore !== 0) return '三档的起点须为 0 分（低于二档的都在三档）';
  for (let i = 1; i < tiers.length; i++) {
    if (!(tiers[i].minScore < tiers[i - 1].minScore)) return `${tiers[i - 1].name}的分数线须高于${tiers[i].name}`;
  }
  return null;
}

/**
 * The weighted score of one secretary: per criterion the mean of the reviewers' scores, as a share
 * of the criterion's maximum, times its weight; summed and rounded half-up to 2 decimals.
 * `null` when nobody scored him (no tier, no amount: he is listed as 未评分).
 */
export function weightedScore(criteria: Criterion[], sheets: number[][]): number | null {
  if (!sheets.length) return null;
  const total = criteria.reduce((sum, c, i) => sum + (mean(sheets.map((s) => s[i])) / c.maxScore) * c.weight, 0);
  return roundHalfUp(total);
}

/** The mean of each criterion over the sheets, rounded to 2 decimals (what the secretary is shown). */
export function criterionMeans(criteria: Criterion[], sheets: number[][]): (number | null)[] {
  return criteria.map((_, i) => (sheets.length ? roundHalfUp(mean(sheets.map((s) => s[i]))) : null));
}

/** The tier a (rounded) weighted score falls in: the first whose line it reaches. */
export function tierOf(score: number, tiers: Tier[]): Tier {
  return tiers.find((t) => score >= t.minScore) ?? tiers[tiers.length - 1];
}

export interface EvalOutcome {
  score: number | null;
  means: (number | null)[];
  tier: TierName | null;
  amount: number;
}

/** Everything a closed round records for one secretary. */
export function evaluate(criteria: Criterion[], tiers: Tier[], sheets: number[][]): EvalOutcome {
  const score = weightedScore(criteria, sheets);
  const tier = score === null ? null : tierOf(score, tiers);
  return { score, means: criterionMeans(criteria, sheets), tier: tier?.name ?? null, amount: tier?.amount ?? 0 };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface TierTally {
  /** Secretaries per tier, in tier order. */
  counts: Record<TierName, number>;
  /** Nobody scored them. */
  unscored: number;
  /** 党费补助 in total, whole yuan. */
  totalAmount: number;
}

/** A closed round's results summed for the dashboard and the results page. */
export function tallyTiers(results: { tier: TierName | null; amount: number }[]): TierTally {
  const counts = Object.fromEntries(tierNames.map((t) => [t, 0])) as Record<TierName, number>;
  let unscored = 0;
  for (const r of results) {
    if (r.tier) counts[r.tier] += 1;
    else unscored += 1;
  }
  return { counts, unscored, totalAmount: results.reduce((s, r) => s + r.amount, 0) };
}
