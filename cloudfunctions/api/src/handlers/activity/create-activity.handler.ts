import type { ActivityOutputs } from '@/contracts/activity';
import type { Activity, ActivityCreateInput } from '@/domain/activity/activity.schema';
import { eventCounterIds, eventMoves } from '@/domain/activity/activity-counters.rules';
import { canHoldFor } from '@/domain/activity/activity-scope.rules';
import { isCreatableStart } from '@/domain/activity/activity-window.rules';
import { atShanghai, yearOf } from '@/domain/shared/day.rules';
import { isArchived } from '@/domain/org/org.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { insertActivity, moveActivityCounters } from '../../repos/activities.repo';
import { branchesByIds } from '@shared/repos/org.repo';
import { requireCleanText } from '../clean-text';
import { placementOf } from '@shared/auth/guards';
import { activityView } from './activity-views';

/**
 * An organiser holds an activity for branches he runs (the county: any). It counts as one event of
 * its kind for the county and each of its branches in the year it starts; the counters move after
 * the activity is stored, by increments (the reconciler recounts them from the activities).
 */
export async function createActivityHandler(input: ActivityCreateInput, ctx: Ctx): Promise<ActivityOutputs['activity.create']> {
  const { caller, now } = ctx;
  if (!canHoldFor(caller, input.branchIds)) throw forbidden('只能为您负责的支部组织活动');
  const startAt = atShanghai(input.day, input.time);
  if (!isCreatableStart(startAt, now)) throw new AppError(ErrorCodes.ACTIVITY_START_INVALID, '活动时间须在 90 天前至一年后之间');
  const found = await branchesByIds(input.branchIds);
  if (found.length !== input.branchIds.length || found.some(isArchived)) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '有支部不存在或已停用');
  await requireCleanText([input.title, input.place, input.partner], caller.openid, '活动信息含有不适宜发布的内容，请修改后再提交');

  const a: Activity = {
    _id: newId(now),
    kind: input.kind,
    title: input.title,
    startAt,
    endAt: startAt + input.durationMinutes * 60_000,
    year: yearOf(startAt),
    place: input.place || null,
    onlineUrl: input.onlineUrl ?? null,
    capacity: input.capacity ?? null,
    enrolment: input.enrolment,
    partner: input.partner || null,
    onlineSignin: input.onlineSignin,
    branchIds: input.branchIds,
    createdBy: { openid: caller.openid, name: caller.name },
    createdAt: now,
    enrolled: 0,
    signedIn: 0,
    summary: null,
    photos: [],
    summarizedAt: null,
    cancelled: false,
    cancelReason: null,
    cancelledAt: null,
    editedAt: null,
  };
  await insertActivity(a);
  await moveActivityCounters(eventCounterIds(a.year, a.branchIds), a.year, eventMoves(a.kind), now);
  return activityView(caller, placementOf(ctx), a, { enrolment: null, signin: null }, {}, now);
}
