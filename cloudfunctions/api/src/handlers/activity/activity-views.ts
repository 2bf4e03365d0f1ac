import type { ActivityView } from '@/contracts/activity';
import type { Caller, Placement } from '@/domain/auth/grant';
import type { Activity, ActivityRecord, ActivitySignin } from '@/domain/activity/activity.schema';
import { canRunActivity, isForMember } from '@/domain/activity/activity-scope.rules';
import { isCancelled, isChangeable, isEnrolmentOpen, signinWindow } from '@/domain/activity/activity-window.rules';
import { isFull, seatsLeft } from '@/domain/activity/capacity.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';

export const activityNotFound = () => new AppError(ErrorCodes.ACTIVITY_NOT_FOUND, '活动不存在');

export function requireNotCancelled(a: Activity): void {
  if (isCancelled(a)) throw new AppError(ErrorCodes.ACTIVITY_CANCELLED, `该活动已取消${a.cancelReason ? `（${a.cancelReason}）` : ''}`);
}

/** The caller's own records of an activity (null: none). */
export interface MyRecords {
  enrolment: ActivityRecord | null;
  signin: ActivitySignin | null;
}

/**
 * An activity as `caller` sees it: his part in it when it is for his branch, what he may do now,
 * the creator by name only (no openid leaves the function), and the photos' temporary links.
 */
export function activityView(caller: Caller, placement: Placement | null, a: Activity, mine: MyRecords, photoUrls: Record<string, string>, now: number): ActivityView {
  const { createdBy, ...rest } = a;
  const member = isForMember(a, placement);
  const window = signinWindow(a, now);
  const cancelled = isCancelled(a);
  const runs = canRunActivity(caller, a);
  return {
    ...rest,
    cancelled,
    cancelReason: a.cancelReason ?? null,
    cancelledAt: a.cancelledAt ?? null,
    createdByName: createdBy.name,
    seatsLeft: seatsLeft(a),
    window,
    mine: member ? { enrolled: mine.enrolment !== null, signedIn: mine.signin?.mode ?? null, hours: mine.signin?.hours ?? 0 } : null,
    can: {
      enrol: member && !mine.enrolment && isEnrolmentOpen(a, now) && !isFull(a),
      signinOnline: member && !cancelled && !mine.signin && a.onlineSignin && window === 'open' && (!a.enrolment || mine.enrolment !== null),
      withdraw: member && mine.enrolment !== null && !mine.signin && isChangeable(a, now),
      run: runs,
      edit: runs && isChangeable(a, now),
      cancel: runs && isChangeable(a, now) && a.signedIn === 0,
    },
    photoUrls: a.photos.map((p) => photoUrls[p] ?? ''),
  };
}
