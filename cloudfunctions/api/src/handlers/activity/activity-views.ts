import type { ActivityView } from '@/contracts/activity';
import type { Caller, Placement } from '@/domain/auth/grant';
import type { Activity, ActivityRecord, ActivitySignin } from '@/domain/activity/activity.schema';
import { canRunActivity, isForMember } from '@/domain/activity/activity-scope.rules';
import { isEnrolmentOpen, signinWindow } from '@/domain/activity/activity-window.rules';
import { isFull, seatsLeft } from '@/domain/activity/capacity.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';

export const activityNotFound = () => new AppError(ErrorCodes.ACTIVITY_NOT_FOUND, '活动不存在');

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
  return {
    ...rest,
    createdByName: createdBy.name,
    seatsLeft: seatsLeft(a),
    window,
    mine: member ? { enrolled: mine.enrolment !== null, signedIn: mine.signin?.mode ?? null, hours: mine.signin?.hours ?? 0 } : null,
    can: {
      enrol: member && !mine.enrolment && isEnrolmentOpen(a, now) && !isFull(a),
      signinOnline: member && !mine.signin && a.onlineSignin && window === 'open' && (!a.enrolment || mine.enrolment !== null),
      run: canRunActivity(caller, a),
    },
    photoUrls: a.photos.map((p) => photoUrls[p] ?? ''),
  };
}
