import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivityIdInput, ActivityRecord } from '@/domain/activity/activity.schema';
import { isForMember } from '@/domain/activity/activity-scope.rules';
import { isEnrolmentOpen } from '@/domain/activity/activity-window.rules';
import { seatsLeft } from '@/domain/activity/capacity.rules';
import { minuteOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { isDuplicateKey } from '@shared/platform/db-errors';
import type { Ctx } from '@shared/dispatch/context';
import { copyTimes, enrolmentsByIds, getActivity, insertEnrolment, recordId, releaseSeat, reviveEnrolment, takeSeat } from '../../repos/activities.repo';
import { joinedPlacement } from '@shared/auth/guards';
import { activityNotFound, requireNotCancelled } from './activity-views';

const alreadyEnrolled = () => new AppError(ErrorCodes.ACTIVITY_ALREADY_ENROLLED, '您已报名该活动');
const full = () => new AppError(ErrorCodes.ACTIVITY_FULL, '报名人数已满');

/**
 * 报名. The whole branch may enrol at once, so nothing here is a transaction on the activity:
 *  1. a member already enrolled is told so without taking a seat (a read of his record by id);
 *  2. the seat is taken by a conditional increment of the activity's `enrolled`, which matches only
 *     while seats are left (capacity.rules.ts) — concurrent enrolments cannot overfill it;
 *  3. his record is inserted with a deterministic `_id`: a double tap racing past step 1 fails here
 *     as a duplicate, and the seat it took is given back — unless the record there is one he
 *     withdrew, which is revived only while withdrawn (so two taps revive it once).
 * The guard of step 2 also holds the capacity read and "not cancelled": an organiser lowering the
 * capacity or cancelling meanwhile makes it match nothing, and the member is told again from a fresh read.
 * A call that dies between 2 and 3 leaves one seat taken by nobody; the reconciler recounts
 * `enrolled` from the records.
 */
export async function enrolActivityHandler(input: ActivityIdInput, ctx: Ctx): Promise<ActivityOutputs['activity.enrol']> {
  const { caller, now } = ctx;
  const { memberId, placement } = joinedPlacement(ctx, '后报名');
  const a = await getActivity(input.activityId);
  if (!a) throw activityNotFound();
  if (!isForMember(a, placement)) throw forbidden('该活动不面向您所在的支部');
  requireNotCancelled(a);
  if (!a.enrolment) throw new AppError(ErrorCodes.ACTIVITY_ENROLMENT_CLOSED, '该活动无需报名，请按时参加并签到');
  if (!isEnrolmentOpen(a, now)) throw new AppError(ErrorCodes.ACTIVITY_ENROLMENT_CLOSED, `报名已截止（活动已于 ${minuteOf(a.startAt)} 开始）`);
  const id = recordId(a._id, memberId);
  if ((await enrolmentsByIds([id])).length) throw alreadyEnrolled();
  if (!(await takeSeat(a._id, a.capacity))) {
    const fresh = await getActivity(a._id);
    if (fresh) requireNotCancelled(fresh);
    if (!fresh || fresh.capacity === a.capacity || !(await takeSeat(a._id, fresh.capacity))) throw full();
  }

  const record: ActivityRecord = { _id: id, activityId: a._id, memberId, memberName: caller.name ?? '', openid: caller.openid, branchId: placement.branchId, groupId: placement.groupId, kind: a.kind, year: a.year, startAt: a.startAt, endAt: a.endAt, at: now };
  try {
    await insertEnrolment(record);
  } catch (err) {
    const revived = isDuplicateKey(err) && (await reviveEnrolment(record));
    if (!revived) {
      await releaseSeat(a._id);
      if (isDuplicateKey(err)) throw alreadyEnrolled();
      throw err;
    }
  }
  const after = await getActivity(a._id);
  // An edit that moved the time while he enrolled copied the old times before his record existed.
  if (after && (after.startAt !== a.startAt || after.endAt !== a.endAt)) await copyTimes(a._id, after.startAt, after.endAt);
  const enrolled = after?.enrolled ?? a.enrolled + 1;
  return { activityId: a._id, enrolled, seatsLeft: seatsLeft({ capacity: after?.capacity ?? a.capacity, enrolled }) };
}
