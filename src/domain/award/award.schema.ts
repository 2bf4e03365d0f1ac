import { z } from 'zod';
import { daySchema, idSchema, yearSchema } from '../shared/fields.schema';
import { awardKinds, defaultSeats, REASON_MAX, REASON_MIN, type AwardKind } from './award.constants';
// Plain values live in award.constants.ts, which the app imports without loading zod.
export { awardKindLabels, awardKinds, defaultSeats, REASON_MAX, REASON_MIN, type AwardKind } from './award.constants';

export const awardOpenInputSchema = z
  .strictObject({
    kind: z.enum(awardKinds),
    title: z.string().trim().min(1, '请输入评选名称').max(40, '名称不超过 40 个字'),
    year: yearSchema,
    /** How many are elected (default 10 / 20 by kind). */
    seats: z.number().int().min(1).max(100).optional(),
    /** Votes each member may cast (each for a different candidate). */
    votesPerVoter: z.number().int().min(1, '每人至少 1 票').max(100),
    /** Voting window, Shanghai days inclusive; nominations close when it opens. */
    voteStartDay: daySchema,
    voteEndDay: daySchema,
  })
  .superRefine((v, ctx) => {
    if (v.voteEndDay < v.voteStartDay) ctx.addIssue({ code: 'custom', path: ['voteEndDay'], message: '投票结束日期不能早于开始日期' });
    const seats = v.seats ?? defaultSeats[v.kind];
    if (v.votesPerVoter > seats) ctx.addIssue({ code: 'custom', path: ['votesPerVoter'], message: `每人票数不能多于评选名额（${seats}）` });
  });

export const awardNominateInputSchema = z.strictObject({
  campaignId: idSchema,
  /** A branch `_id` (十佳流动党组织) or a member `_id` (二十佳流动党员). */
  candidateId: idSchema,
  reason: z.string().trim().min(REASON_MIN, `推荐理由至少 ${REASON_MIN} 个字`).max(REASON_MAX, `推荐理由不超过 ${REASON_MAX} 个字`),
});

export const awardVoteInputSchema = z.strictObject({ campaignId: idSchema, candidateId: idSchema });
export const awardCloseInputSchema = z.strictObject({
  campaignId: idSchema,
  /** Also publish the results to members (a closed campaign can be published later). */
  publish: z.boolean().optional(),
});
export const awardRefInputSchema = z.strictObject({ campaignId: idSchema });
export const awardListInputSchema = z.strictObject({}).optional();

export type AwardOpenInput = z.infer<typeof awardOpenInputSchema>;
export type AwardNominateInput = z.infer<typeof awardNominateInputSchema>;
export type AwardVoteInput = z.infer<typeof awardVoteInputSchema>;
export type AwardCloseInput = z.infer<typeof awardCloseInputSchema>;

export type CampaignStatus = 'open' | 'closed' | 'published';

export interface Campaign {
  _id: string;
  kind: AwardKind;
  title: string;
  year: number;
  seats: number;
  votesPerVoter: number;
  voteStartDay: string;
  voteEndDay: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: number;
  closedAt: number | null;
  publishedAt: number | null;
}

/** One candidate; `_id` = campaignId_candidateId (one nomination per candidate). `votes` moves with each vote. */
export interface Nomination {
  _id: string;
  campaignId: string;
  candidateId: string;
  /** Branch name, or member name. */
  name: string;
  /** City of the branch, or the member's branch name. */
  sub: string;
  reason: string;
  nominatorOpenid: string;
  nominatorName: string | null;
  votes: number;
  at: number;
}

/** A member's vote budget in a campaign; `_id` = campaignId_memberId. */
export interface Ballot {
  _id: string;
  campaignId: string;
  memberId: string;
  used: number;
  candidateIds: string[];
  updatedAt: number;
}
