import { z } from 'zod';
import { daySchema, idSchema, yearSchema } from '../shared/fields.schema';
import { criteriaProblem, tierNames, tiersProblem, type Criterion, type Tier, type TierName } from './tier.rules';

/** 述职评议: the county's yearly evaluation of flow branch secretaries. */

const openidSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 格式不正确');

export const criterionSchema = z.strictObject({
  name: z.string().trim().min(1, '请输入项目名称').max(20, '项目名称不超过 20 个字'),
  weight: z.number().int('权重须为整数').min(1, '权重至少为 1').max(100),
  maxScore: z.number().int('满分须为整数').min(1, '满分至少为 1').max(100, '满分不超过 100'),
});

export const tierSchema = z.strictObject({
  name: z.enum(tierNames),
  minScore: z.number().min(0).max(100, '分数线不超过 100'),
  amount: z.number().int('金额须为整数元').min(0, '金额不能为负').max(1_000_000),
});

export const evalOpenRoundInputSchema = z
  .strictObject({
    year: yearSchema,
    title: z.string().trim().min(1).max(40).optional(),
    /** Scoring window, Shanghai days inclusive. */
    startDay: daySchema,
    endDay: daySchema,
    criteria: z.array(criterionSchema).min(1, '至少一个评议项目').max(10, '最多 10 个评议项目'),
    tiers: z.array(tierSchema).length(3, '须配置一档、二档、三档'),
    reviewerOpenids: z.array(openidSchema).min(1, '至少一位评委').max(50, '最多 50 位评委'),
  })
  .superRefine((v, ctx) => {
    if (v.endDay < v.startDay) ctx.addIssue({ code: 'custom', path: ['endDay'], message: '结束日期不能早于开始日期' });
    const c = criteriaProblem(v.criteria);
    if (c) ctx.addIssue({ code: 'custom', path: ['criteria'], message: c });
    const t = tiersProblem(v.tiers);
    if (t) ctx.addIssue({ code: 'custom', path: ['tiers'], message: t });
    if (new Set(v.reviewerOpenids).size !== v.reviewerOpenids.length) ctx.addIssue({ code: 'custom', path: ['reviewerOpenids'], message: '评委不能重复' });
  });

export const evalScoreInputSchema = z.strictObject({
  roundId: idSchema,
  branchId: idSchema,
  /** One score per criterion, in the round's order (ranges are the round's: checked by sheet.rules). */
  scores: z.array(z.number()).min(1).max(10),
});

export const evalRoundRefSchema = z.strictObject({ roundId: idSchema });
export const evalEmptyInputSchema = z.strictObject({}).optional();

export type EvalOpenRoundInput = z.infer<typeof evalOpenRoundInputSchema>;
export type EvalScoreInput = z.infer<typeof evalScoreInputSchema>;

/** A secretary under evaluation, snapshotted at opening (later grant changes do not move him). */
export interface Evaluee {
  branchId: string;
  branchName: string;
  secretaryName: string;
  /** Openids holding the secretary grant of the branch at opening: who sees this result. */
  openids: string[];
}

export interface EvalResult {
  branchId: string;
  branchName: string;
  secretaryName: string;
  /** How many reviewers scored him. */
  sheets: number;
  /** Mean score per criterion (round's order); null when nobody scored. */
  means: (number | null)[];
  score: number | null;
  tier: TierName | null;
  amount: number;
}

export interface EvalRound {
  _id: string;
  year: number;
  title: string;
  status: 'open' | 'closed';
  startDay: string;
  endDay: string;
  criteria: Criterion[];
  tiers: Tier[];
  reviewers: { openid: string; name: string | null }[];
  reviewerOpenids: string[];
  evaluees: Evaluee[];
  evalueeOpenids: string[];
  /** Moved by every saved sheet: close recomputes when a sheet landed while it was computing. */
  revision: number;
  openedBy: string;
  createdAt: number;
  closedAt: number | null;
  results: EvalResult[] | null;
}

/** One reviewer's sheet for one secretary; `_id` = roundId_branchId_reviewer, so a revision overwrites it. */
export interface EvalSheet {
  _id: string;
  roundId: string;
  branchId: string;
  reviewer: string;
  scores: number[];
  at: number;
}
