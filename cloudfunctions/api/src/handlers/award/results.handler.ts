import type { ActionOutputs } from '@/contracts';
import { maySeeCounts } from '@/domain/award/award-scope.rules';
import { isInsider } from '@/domain/auth/scope.rules';
import { rankCandidates } from '@/domain/award/ranking.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { nominationsOf, voterCount } from '../../repos/awards.repo';
import { campaignView, requireCampaign } from './award-views';

/** Ranked counts: the county's at any time (to follow the vote), everyone's once published. */
export async function awardResultsHandler(input: { campaignId: string }, ctx: Ctx): Promise<ActionOutputs['award.results']> {
  const { caller, now } = ctx;
  if (!isInsider(caller)) throw forbidden('请先扫码加入支部');
  const campaign = await requireCampaign(input.campaignId);
  if (!maySeeCounts(caller, campaign.status)) throw new AppError(ErrorCodes.AWARD_NOT_PUBLISHED, '评选结果尚未公布');
  const [nominations, voters] = await Promise.all([nominationsOf(campaign._id), voterCount(campaign._id)]);
  const rows = rankCandidates(nominations, campaign.seats).map((r) => ({
    candidateId: r.item.candidateId,
    name: r.item.name,
    sub: r.item.sub,
    reason: r.item.reason,
    votes: r.votes,
    rank: r.rank,
    elected: r.elected,
    tie: r.tie,
  }));
  return { campaign: campaignView(campaign, caller, null, now), rows, voters };
}
