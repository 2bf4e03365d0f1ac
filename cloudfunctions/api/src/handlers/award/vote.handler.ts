import type { ActionOutputs } from '@/contracts';
import type { AwardVoteInput, Ballot, Campaign } from '@/domain/award/award.schema';
import { castInto, voteRefusal, votesLeft, type VoteRefusal } from '@/domain/award/vote.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { ballotIdOf, castVote, getBallot, getNomination, nominationIdOf, voteExists, voteIdOf } from '../../repos/awards.repo';
import { ownMemberId } from '@shared/auth/guards';
import { requireCampaign } from './award-views';

const refusals: Record<VoteRefusal, [code: (typeof ErrorCodes)[keyof typeof ErrorCodes], message: (c: Campaign) => string]> = {
  closed: [ErrorCodes.AWARD_CLOSED, () => '评选已结束'],
  outside: [ErrorCodes.AWARD_OUTSIDE_WINDOW, (c) => `不在投票时间内（${c.voteStartDay} 至 ${c.voteEndDay}）`],
  not_nominated: [ErrorCodes.AWARD_CANDIDATE_NOT_FOUND, () => '该候选人不在本次评选名单中'],
  self: [ErrorCodes.AWARD_SELF_VOTE, () => '不能为自己投票'],
  already: [ErrorCodes.AWARD_ALREADY_VOTED, () => '您已为该候选人投过票'],
  exhausted: [ErrorCodes.AWARD_NO_VOTES_LEFT, (c) => `每人最多投 ${c.votesPerVoter} 票，您的票已用完`],
};

const refuse = (why: VoteRefusal, c: Campaign) => new AppError(refusals[why][0], refusals[why][1](c));

/**
 * A joined member votes for one candidate. The rules run first on what was read, then again on the
 * campaign and ballot as the transaction reads them (the precondition); the vote's unique `_id`
 * (campaign_voter_candidate) makes a concurrent duplicate collide, so it counts once.
 */
export async function voteHandler(input: AwardVoteInput, ctx: Ctx): Promise<ActionOutputs['award.vote']> {
  const { caller, now } = ctx;
  const memberId = ownMemberId(caller, '再投票');
  const campaign = await requireCampaign(input.campaignId);
  const [nomination, ballot] = await Promise.all([getNomination(nominationIdOf(campaign._id, input.candidateId)), getBallot(ballotIdOf(campaign._id, memberId))]);
  // Run again in the transaction on the campaign and ballot as it reads them: a close that committed meanwhile refuses the vote.
  const check = (b: Ballot | null, c: Campaign | null = campaign) => {
    const current = c ?? campaign;
    const why = voteRefusal({ campaign: current, now, candidateId: input.candidateId, nominated: nomination !== null, voterMemberId: memberId, ballot: b });
    if (why) throw refuse(why, current);
  };
  check(ballot);
  try {
    const after = await castVote({ campaignId: campaign._id, memberId, candidateId: input.candidateId }, check, (b) => castInto(b, input.candidateId), now);
    return { candidateId: input.candidateId, votesLeft: votesLeft(campaign, after) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // The concurrent twin of this vote committed first: its `_id` exists now.
    if (await voteExists(voteIdOf(campaign._id, memberId, input.candidateId))) throw refuse('already', campaign);
    throw err;
  }
}
