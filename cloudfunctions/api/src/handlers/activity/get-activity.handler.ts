import type { ActivityOutputs, AttendeeRow } from '@/contracts/activity';
import type { ActivityIdInput } from '@/domain/activity/activity.schema';
import { activityCodeAt } from '@/domain/activity/activity-code.rules';
import { canRunActivity, followsActivity, isForMember } from '@/domain/activity/activity-scope.rules';
import { signinWindow } from '@/domain/activity/activity-window.rules';
import { forbidden } from '@/domain/shared/errors';
import { tempUrls } from '@shared/platform/storage';
import type { Ctx } from '@shared/dispatch/context';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '@shared/repos/config.repo';
import { enrolmentsByIds, enrolmentsOf, getActivity, recordId, signinsByIds, signinsOf } from '../../repos/activities.repo';
import { placementOf } from '@shared/auth/guards';
import { activityNotFound, activityView } from './activity-views';

/**
 * One activity: for a member of its branches, with his part in it; for those who run it, also the
 * on-site code while sign-in is open (it changes every 30 s: the screen fetches again at
 * `refreshAt`) and who enrolled, came and was given hours; a secretary of one of a joint activity's
 * branches sees its facts only. Nobody else sees it.
 */
export async function getActivityHandler(input: ActivityIdInput, ctx: Ctx): Promise<ActivityOutputs['activity.get']> {
  const { caller, now } = ctx;
  const a = await getActivity(input.activityId);
  const placement = placementOf(ctx);
  if (!a) throw activityNotFound();
  const runs = canRunActivity(caller, a);
  if (!followsActivity(caller, a) && !isForMember(a, placement)) throw forbidden('该活动不面向您所在的支部');
  const ownId = caller.memberId ? recordId(a._id, caller.memberId) : null;
  const [mineEnrolment, mineSignin, urls, secret, enrolments, signins] = await Promise.all([
    ownId ? enrolmentsByIds([ownId]) : [],
    ownId ? signinsByIds([ownId]) : [],
    a.photos.length ? tempUrls(a.photos) : {},
    runs && !a.cancelled && signinWindow(a, now) === 'open' ? getJoinSecret() : null,
    runs ? enrolmentsOf(a._id) : [],
    runs ? signinsOf(a._id) : [],
  ]);
  const activity = activityView(caller, placement, a, { enrolment: mineEnrolment[0] ?? null, signin: mineSignin[0] ?? null }, urls, now);
  return { activity, site: secret ? activityCodeAt(hmacSha256, secret, a._id, now) : null, attendees: runs ? attendeeRows(enrolments, signins) : null };
}

function attendeeRows(enrolments: { memberId: string; memberName: string; at: number }[], signins: { memberId: string; memberName: string; at: number; mode: 'online' | 'onsite'; hours: number }[]): AttendeeRow[] {
  const rows = new Map<string, AttendeeRow>();
  for (const e of enrolments) rows.set(e.memberId, { memberId: e.memberId, name: e.memberName, enrolledAt: e.at, signedIn: null, hours: 0 });
  for (const s of signins) {
    const row = rows.get(s.memberId) ?? { memberId: s.memberId, name: s.memberName, enrolledAt: null, signedIn: null, hours: 0 };
    rows.set(s.memberId, { ...row, signedIn: { mode: s.mode, at: s.at }, hours: s.hours });
  }
  return [...rows.values()];
}
