import type { ActionOutputs } from '@/contracts';
import { mayManageAwards } from '@/domain/award/award-scope.rules';
import type { AwardCloseInput, Campaign } from '@/domain/award/award.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { moveStatus } from '../../repos/awards.repo';
import { campaignView, requireCampaign } from './award-views';

/**
 * open → closed (voting stops, counts frozen) → published (members see the results); `publish`
 * on an open campaign does both. Each move is one conditional update from the status read, so two
 * organisers racing cannot both move it; a published campaign never changes.
 */
export async function closeAwardHandler(input: AwardCloseInput, ctx: Ctx): Promise<ActionOutputs['award.close']> {
  const { caller, now } = ctx;
  if (!mayManageAwards(caller)) throw forbidden('仅县委组织部可结束或公布评选');
  const campaign = await requireCampaign(input.campaignId);
  const publish = input.publish === true;
  if (campaign.status === 'published' || (campaign.status === 'closed' && !publish)) {
    throw new AppError(ErrorCodes.AWARD_CLOSED, campaign.status === 'published' ? '评选结果已公布，不能再更改' : '评选已结束');
  }
  const patch: Partial<Campaign> = publish ? { status: 'published', publishedAt: now } : { status: 'closed', closedAt: now };
  if (publish && campaign.status === 'open') patch.closedAt = now;
  if (!(await moveStatus(campaign._id, campaign.status, patch))) throw new AppError(ErrorCodes.AWARD_CLOSED, '评选状态已被他人更改，请刷新');
  return campaignView({ ...campaign, ...patch }, caller, null, now);
}
