import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivityEditInput } from '@/domain/activity/activity.schema';
import { changeEvent, changeEventPrefix, noticeableChange } from '@/domain/activity/activity-change.rules';
import { canRunActivity } from '@/domain/activity/activity-scope.rules';
import { isChangeable } from '@/domain/activity/activity-window.rules';
import { capacityHolds } from '@/domain/activity/capacity.rules';
import { atShanghai, minuteOf, yearOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { copyTimes, enrolmentsOf, getActivity, updateActivity } from '../../repos/activities.repo';
import { requireCleanText } from '../clean-text';
import { notifyTodo } from '../notify-todo';
import { placementOf } from '@shared/auth/guards';
import { activityNotFound, activityView, requireNotCancelled } from './activity-views';

/**
 * 修改活动, by those who run it, before it starts. The new start is still ahead and in the same year
 * (the year it counts in: moving it across would move its event between two years' counters;
 * cancel and create again instead). A capacity may not drop below those enrolled, checked in the
 * same conditional update that stores it (activities.repo.ts updateActivity). The times copied into
 * the members' records follow, and an edit of when or where (activity-change.rules.ts) is told to
 * the enrolled members through the notice queue, as a cancel is.
 */
export async function editActivityHandler(input: ActivityEditInput, ctx: Ctx): Promise<ActivityOutputs['activity.edit']> {
  const { caller, now } = ctx;
  const a = await getActivity(input.activityId);
  if (!a) throw activityNotFound();
  if (!canRunActivity(caller, a)) throw forbidden('只有活动所属支部的书记或组织部可修改活动');
  requireNotCancelled(a);
  if (!isChangeable(a, now)) throw started(a.startAt);
  const startAt = atShanghai(input.day, input.time);
  if (startAt <= now) throw new AppError(ErrorCodes.ACTIVITY_START_INVALID, '修改后的开始时间须晚于现在');
  if (yearOf(startAt) !== a.year) throw new AppError(ErrorCodes.ACTIVITY_START_INVALID, `活动不能改到其他年份（原定 ${a.year} 年），请取消后重新创建`);
  const capacity = input.capacity ?? null;
  if (capacity !== null && !a.enrolment) throw new AppError(ErrorCodes.ACTIVITY_CAPACITY_BELOW, '该活动无需报名，不能设置人数上限');
  if (!capacityHolds(capacity, a.enrolled)) throw below(a.enrolled);
  await requireCleanText([input.title, input.place], caller.openid, '活动信息含有不适宜发布的内容，请修改后再提交');

  const fields = { title: input.title, startAt, endAt: startAt + input.durationMinutes * 60_000, place: input.place || null, onlineUrl: input.onlineUrl ?? null, capacity, editedAt: now };
  if (!(await updateActivity(a._id, fields, now))) {
    const fresh = await getActivity(a._id);
    if (!fresh) throw activityNotFound();
    requireNotCancelled(fresh);
    if (!isChangeable(fresh, now)) throw started(fresh.startAt);
    throw below(fresh.enrolled);
  }
  if (startAt !== a.startAt || fields.endAt !== a.endAt) await copyTimes(a._id, startAt, fields.endAt);
  const change = noticeableChange(a, fields);
  if (change) {
    // One message per edit (its instant is the revision); an earlier edit's still queued is dropped, so the last arrangement is what arrives.
    const enrolled = await enrolmentsOf(a._id);
    await notifyTodo('activityChanged', changeEvent(a._id, now), enrolled.map((e) => e.openid), `${input.title}：${change}已调整`, { openid: caller.openid, now }, { at: startAt, supersedes: changeEventPrefix(a._id) });
  }
  return activityView(caller, placementOf(ctx), { ...a, ...fields }, { enrolment: null, signin: null }, {}, now);
}

const started = (startAt: number) => new AppError(ErrorCodes.ACTIVITY_STARTED, `活动已于 ${minuteOf(startAt)} 开始，不能再修改`);
const below = (enrolled: number) => new AppError(ErrorCodes.ACTIVITY_CAPACITY_BELOW, `人数上限不能少于已报名的 ${enrolled} 人`);
