import type { ActivityOutputs } from '@/contracts/activity';
import type { Activity, ActivitySignin, ActivitySigninInput } from '@/domain/activity/activity.schema';
import { checkActivityCode } from '@/domain/activity/activity-code.rules';
import { personCounterIds, signinMoves } from '@/domain/activity/activity-counters.rules';
import { isForMember } from '@/domain/activity/activity-scope.rules';
import { signinOpensAt, signinWindow } from '@/domain/activity/activity-window.rules';
import { minuteOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { isDuplicateKey } from '@shared/platform/db-errors';
import type { Ctx } from '@shared/dispatch/context';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '@shared/repos/config.repo';
import { countSignin, enrolmentsByIds, getActivity, getSignin, insertSignin, moveActivityCounters, recordId, removeSignin } from '../../repos/activities.repo';
import { joinedPlacement } from '@shared/auth/guards';
import { activityNotFound, requireNotCancelled } from './activity-views';

/**
 * 活动签到: on site with the code on the organiser's screen (rotating every 30 s, as the theme
 * day's), or online where the activity allows it; only inside the window, only for members of its
 * branches, and for an activity with enrolment only the enrolled. The record's `_id` (activity +
 * member) is the guard against a second sign-in; the activity's and the units' counters move after
 * it by increments, outside any transaction (the reconciler mends a call that died in between).
 */
export async function signinActivityHandler(input: ActivitySigninInput, ctx: Ctx): Promise<ActivityOutputs['activity.signin']> {
  const { caller, now } = ctx;
  const { memberId, placement } = joinedPlacement(ctx, '后签到');
  const activityId = input.mode === 'onsite' ? await checkedCode(input.code, now) : input.activityId;
  const a = await getActivity(activityId);
  if (!a) throw input.mode === 'onsite' ? new AppError(ErrorCodes.ACTIVITY_CODE_INVALID, '签到码无效') : activityNotFound();
  if (!isForMember(a, placement)) throw forbidden('该活动不面向您所在的支部');
  requireNotCancelled(a);
  if (input.mode === 'online' && !a.onlineSignin) throw new AppError(ErrorCodes.ACTIVITY_ONLINE_OFF, '该活动仅限现场扫码签到');
  requireOpen(a, now);
  const id = recordId(a._id, memberId);
  if (a.enrolment && !(await enrolmentsByIds([id])).length) throw new AppError(ErrorCodes.ACTIVITY_NOT_ENROLLED, '该活动需先报名，您未报名');

  const doc: ActivitySignin = { _id: id, activityId: a._id, memberId, memberName: caller.name ?? '', openid: caller.openid, branchId: placement.branchId, groupId: placement.groupId, kind: a.kind, year: a.year, startAt: a.startAt, endAt: a.endAt, at: now, mode: input.mode, hours: 0 };
  try {
    await insertSignin(doc);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await getSignin(id);
    throw new AppError(ErrorCodes.ACTIVITY_ALREADY_SIGNED, existing ? `您已于 ${minuteOf(existing.at)} 签到` : '您已签到');
  }
  await countSignin(a._id);
  // A cancel is refused once `signedIn` moved; one that landed before it is seen here, and the sign-in taken back.
  const after = await getActivity(a._id);
  if (after?.cancelled) {
    await removeSignin(id);
    await countSignin(a._id, -1);
    requireNotCancelled(after);
  }
  await moveActivityCounters(personCounterIds(a.year, placement), a.year, signinMoves(a.kind), now);
  return { activityId: a._id, title: a.title, mode: input.mode, at: now };
}

async function checkedCode(code: string, now: number): Promise<string> {
  const secret = await getJoinSecret();
  const check = secret ? checkActivityCode(hmacSha256, secret, code, now) : ({ ok: false, reason: 'invalid' } as const);
  if (!check.ok && check.reason === 'expired') throw new AppError(ErrorCodes.ACTIVITY_CODE_EXPIRED, '签到码已过期（现场签到码每 30 秒更换），请扫描现场屏幕上的最新签到码');
  if (!check.ok) throw new AppError(ErrorCodes.ACTIVITY_CODE_INVALID, '签到码无效，请扫描活动现场的签到码');
  return check.activityId;
}

function requireOpen(a: Activity, now: number): void {
  const w = signinWindow(a, now);
  if (w === 'before') throw new AppError(ErrorCodes.ACTIVITY_OUTSIDE_WINDOW, `签到尚未开始（${minuteOf(signinOpensAt(a))} 起可签到）`);
  if (w === 'after') throw new AppError(ErrorCodes.ACTIVITY_OUTSIDE_WINDOW, `活动已于 ${minuteOf(a.endAt)} 结束，签到已关闭`);
}
