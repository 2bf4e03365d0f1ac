import type { ActionOutputs } from '@/contracts';
import { mayManageAwards } from '@/domain/award/award-scope.rules';
import { coversMembers, isInsider } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { ballotIdOf, getBallot, nominationsOf } from '../../repos/awards.repo';
import { campaignView, candidateView, requireCampaign } from './award-views';

/** One campaign with its candidates and reasons, the caller's votes, and what he may do. */
export async function getAwardHandler(input: { campaignId: string }, ctx: Ctx): Promise<ActionOutputs['award.get']> {
  const { caller, now } = ctx;
  if (!isInsider(caller)) throw forbidden('请先扫码加入支部');
  const campaign = await requireCampaign(input.campaignId);
  const [nominations, ballot] = await Promise.all([nominationsOf(campaign._id), caller.memberId ? getBallot(ballotIdOf(campaign._id, caller.memberId)) : null]);
  return {
    campaign: campaignView(campaign, caller, ballot, now),
    candidates: nominations.map((n) => candidateView(n, caller, campaign.status, ballot)),
    canNominate: coversMembers(caller),
    canManage: mayManageAwards(caller),
  };
}
