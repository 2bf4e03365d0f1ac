import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivitySummaryInput } from '@/domain/activity/activity.schema';
import { canRunActivity } from '@/domain/activity/activity-scope.rules';
import { canRecordOutcome } from '@/domain/activity/activity-window.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { removeFiles } from '@shared/platform/storage';
import type { Ctx } from '@shared/dispatch/context';
import { getActivity, saveSummary } from '../../repos/activities.repo';
import { requireCleanText } from '../clean-text';
import { requireOwnPhotos, vetNewPhotos } from '../study/checkin-photos';
import { activityNotFound } from './activity-views';

/**
 * 活动总结 and photos, by those who run the activity, from its start on. Photos follow the check-in
 * photo rules (study/photo.rules.ts: the organiser's own uploads, within the image check's limits,
 * through imgSecCheck — the same code); only new ones are checked, and photos the new summary drops
 * are deleted once it is stored. A photo the check could not judge is refused here: the summary is
 * shown to every member of the branches, not to its author alone.
 */
export async function summarizeActivityHandler(input: ActivitySummaryInput, ctx: Ctx): Promise<ActivityOutputs['activity.summarize']> {
  const { caller, now } = ctx;
  const a = await getActivity(input.activityId);
  if (!a) throw activityNotFound();
  if (!canRunActivity(caller, a)) throw forbidden('只有活动所属支部的书记或组织部可填写总结');
  if (!canRecordOutcome(a, now)) throw new AppError(ErrorCodes.ACTIVITY_NOT_STARTED, '活动开始后才能填写总结');
  const photos = [...new Set(input.photos ?? [])];
  const kept = new Set(a.photos);
  const added = photos.filter((p) => !kept.has(p));
  requireOwnPhotos(added, caller.openid);
  const [, vetted] = await Promise.all([requireCleanText([input.summary], caller.openid, '总结含有不适宜发布的内容，请修改后再提交'), vetNewPhotos(added)]);
  if (vetted.held.length) throw new AppError(ErrorCodes.SYSTEM_BUSY, '图片安全检测暂不可用，请稍后再试');
  await saveSummary(a._id, input.summary, photos, now);
  const still = new Set(photos);
  await removeFiles(a.photos.filter((p) => !still.has(p)), 'photos taken out of an activity summary');
  return { activityId: a._id, summary: input.summary, photos, heldPhotos: [] };
}
