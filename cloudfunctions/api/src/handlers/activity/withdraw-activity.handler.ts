import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivityIdInput } from '@/domain/activity/activity.schema';
import { isForMember } from '@/domain/activity/activity-scope.rules';
import { isChangeable } from '@/domain/activity/activity-window.rules';
import { seatsLeft } from '@/domain/activity/capacity.rules';
import { minuteOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getActivity, getSignin, recordId, releaseSeat, withdrawEnrolment } from '../../repos/activities.repo';
import { joinedPlacement } from '@shared/auth/guards';
import { activityNotFound, requireNotCancelled } from './activity-views';

/**
 * 取消报名, before the start and before he signed in. His record is marked withdrawn, not removed:
 * its `_id` stays the key, and enrolling again revives it (enrol-activity.handler.ts). The mark is
 * a conditional update that matches only a standing enrolment, so of two taps one gives the seat
 * back; the seat goes back after the mark (`enrolled` is never below the records, so a burst of
 * withdrawals and enrolments stays within capacity). A call that dies in between leaves a seat
 * taken by nobody; the record's `at` moved, so the reconciler recounts that activity. A sign-in
 * racing a withdrawal in the half hour before the start may both pass: he came, his sign-in counts,
 * and only the seat is free again (no counter is wrong).
 */
export async function withdrawActivityHandler(input: ActivityIdInput, ctx: Ctx): Promise<ActivityOutputs['activity.withdraw']> {
  const { now } = ctx;
  const { memberId, placement } = joinedPlacement(ctx, '后报名');
  const a = await getActivity(input.activityId);
  if (!a) throw activityNotFound();
  if (!isForMember(a, placement)) throw forbidden('该活动不面向您所在的支部');
  requireNotCancelled(a);
  if (!isChangeable(a, now)) throw new AppError(ErrorCodes.ACTIVITY_STARTED, `活动已于 ${minuteOf(a.startAt)} 开始，不能再取消报名`);
  const id = recordId(a._id, memberId);
  if (await getSignin(id)) throw new AppError(ErrorCodes.ACTIVITY_ALREADY_SIGNED, '您已签到，不能再取消报名');
  if (!(await withdrawEnrolment(id, now))) throw new AppError(ErrorCodes.ACTIVITY_NOT_ENROLLED, '您未报名该活动');
  await releaseSeat(a._id);
  const enrolled = Math.max(0, ((await getActivity(a._id))?.enrolled ?? a.enrolled - 1));
  return { activityId: a._id, enrolled, seatsLeft: seatsLeft({ capacity: a.capacity, enrolled }) };
}
