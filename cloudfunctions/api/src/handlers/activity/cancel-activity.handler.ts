import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivityCancelInput } from '@/domain/activity/activity.schema';
import { cancelMoves, eventCounterIds } from '@/domain/activity/activity-counters.rules';
import { canRunActivity } from '@/domain/activity/activity-scope.rules';
import { isChangeable } from '@/domain/activity/activity-window.rules';
import { minuteOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { cancelActivity, enrolmentsOf, getActivity, moveActivityCounters } from '../../repos/activities.repo';
import { requireCleanText } from '../clean-text';
import { notifyTodo } from '../notify-todo';
import { placementOf } from '@shared/auth/guards';
import { activityNotFound, activityView, requireNotCancelled } from './activity-views';

/**
 * 取消活动, by those who run it, before the start and while nobody has signed in (who came makes
 * it an event that happened). The cancel is one conditional update (not cancelled, `signedIn` 0):
 * a sign-in that lands after it sees it and is taken back (signin-activity.handler.ts). Then the
 * event is taken out of its counters by increments (the reconciler counts only activities not
 * cancelled), and its enrolled members who consented to the 待办 template are told through the
 * notice queue (docs/decisions/todo.md); enrolments stay, shown as 已取消.
 */
export async function cancelActivityHandler(input: ActivityCancelInput, ctx: Ctx): Promise<ActivityOutputs['activity.cancel']> {
  const { caller, now } = ctx;
  const a = await getActivity(input.activityId);
  if (!a) throw activityNotFound();
  if (!canRunActivity(caller, a)) throw forbidden('只有活动所属支部的书记或组织部可取消活动');
  requireNotCancelled(a);
  if (!isChangeable(a, now)) throw new AppError(ErrorCodes.ACTIVITY_STARTED, `活动已于 ${minuteOf(a.startAt)} 开始，不能再取消`);
  if (a.signedIn > 0) throw hasSignins();
  await requireCleanText([input.reason], caller.openid, '取消原因含有不适宜发布的内容，请修改后再提交');
  if (!(await cancelActivity(a._id, input.reason, now))) {
    const fresh = await getActivity(a._id);
    if (fresh) requireNotCancelled(fresh);
    throw hasSignins();
  }
  await moveActivityCounters(eventCounterIds(a.year, a.branchIds), a.year, cancelMoves(a.kind), now);
  const enrolled = await enrolmentsOf(a._id);
  await notifyTodo('activityCancelled', a._id, enrolled.map((e) => e.openid), `${a.title}：${input.reason}`, { openid: caller.openid, now });
  const cancelled = { ...a, cancelled: true, cancelReason: input.reason, cancelledAt: now };
  return { activity: activityView(caller, placementOf(ctx), cancelled, { enrolment: null, signin: null }, {}, now), told: enrolled.length };
}

const hasSignins = () => new AppError(ErrorCodes.ACTIVITY_HAS_SIGNINS, '已有党员签到，活动不能取消');
