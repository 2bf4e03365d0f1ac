import type { ActionOutputs } from '@/contracts';
import { isInsider } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { ballotIdOf, ballotsByIds, listCampaigns } from '../../repos/awards.repo';
import { campaignView } from './award-views';

/** Every campaign of the county (they are county-wide), with the caller's votes left when he is a member. */
export async function listAwardsHandler(_input: unknown, ctx: Ctx): Promise<ActionOutputs['award.list']> {
  const { caller, now } = ctx;
  if (!isInsider(caller)) throw forbidden('请先扫码加入支部');
  const campaigns = await listCampaigns();
  const memberId = caller.memberId;
  const ballots = memberId ? await ballotsByIds(campaigns.map((c) => ballotIdOf(c._id, memberId))) : [];
  return { items: campaigns.map((c) => campaignView(c, caller, ballots.find((b) => b.campaignId === c._id) ?? null, now)) };
}
