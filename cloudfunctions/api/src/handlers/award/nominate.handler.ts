import type { ActionOutputs } from '@/contracts';
import { mayNominate, type Candidate } from '@/domain/award/award-scope.rules';
import { coversMembers } from '@/domain/auth/scope.rules';
import type { AwardNominateInput, Campaign, Nomination } from '@/domain/award/award.schema';
import { isNominationOpen } from '@/domain/award/vote.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { requireCleanText } from '../clean-text';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { insertNomination, nominationIdOf } from '../../repos/awards.repo';
import { getMember } from '@shared/repos/members.repo';
import { getBranch } from '@shared/repos/org.repo';
import { candidateView, requireCampaign } from './award-views';

/**
 * An organiser nominates a branch or a member within his scope, with a reason every voter reads
 * (so it passes content security). One nomination per candidate; taken until voting starts.
 */
export async function nominateHandler(input: AwardNominateInput, ctx: Ctx): Promise<ActionOutputs['award.nominate']> {
  const { caller, now } = ctx;
  if (!coversMembers(caller)) throw forbidden('推荐由支部书记、村干部或县委组织部提出');
  const campaign = await requireCampaign(input.campaignId);
  if (campaign.status !== 'open') throw new AppError(ErrorCodes.AWARD_CLOSED, '评选已结束');
  if (!isNominationOpen(campaign, now)) throw new AppError(ErrorCodes.AWARD_NOMINATION_CLOSED, `推荐已于投票开始（${campaign.voteStartDay}）前截止`);
  const found = await candidateOf(campaign, input.candidateId);
  if (!found) throw new AppError(ErrorCodes.AWARD_CANDIDATE_NOT_FOUND, campaign.kind === 'branch' ? '支部不存在' : '党员不存在');
  if (!mayNominate(caller, found.scope)) throw forbidden('只能推荐本人负责范围内的支部或党员');

  await requireCleanText([input.reason], caller.openid, '推荐理由含有不适宜发布的内容，请修改');

  const nomination: Nomination = {
    _id: nominationIdOf(campaign._id, input.candidateId),
    campaignId: campaign._id,
    candidateId: input.candidateId,
    name: found.name,
    sub: found.sub,
    reason: input.reason,
    nominatorOpenid: caller.openid,
    nominatorName: caller.name,
    votes: 0,
    at: now,
  };
  try {
    if (!(await insertNomination(nomination))) throw new AppError(ErrorCodes.AWARD_CLOSED, '评选已结束');
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (isDuplicateKey(err)) throw new AppError(ErrorCodes.AWARD_ALREADY_NOMINATED, `${found.name} 已被推荐`);
    throw err;
  }
  return candidateView(nomination, caller, campaign.status, null);
}

/** The candidate by the campaign's kind: a branch, or a member (shown with his branch's name). */
async function candidateOf(campaign: Campaign, id: string): Promise<{ name: string; sub: string; scope: Candidate } | null> {
  if (campaign.kind === 'branch') {
    const b = await getBranch(id);
    return b ? { name: b.name, sub: b.city, scope: { kind: 'branch', branchId: b._id } } : null;
  }
  const m = await getMember(id);
  if (!m) return null;
  const b = await getBranch(m.branchId);
  return { name: m.name, sub: b?.name ?? '', scope: { kind: 'member', branchId: m.branchId, groupId: m.groupId } };
}
