import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivityHoursInput } from '@/domain/activity/activity.schema';
import { hoursMoves, personCounterIds } from '@/domain/activity/activity-counters.rules';
import { canGiveHoursTo, canRunActivity } from '@/domain/activity/activity-scope.rules';
import { canRecordOutcome } from '@/domain/activity/activity-window.rules';
import { hoursRefusal, maxHours, toHalfHours } from '@/domain/activity/hours.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getActivity, moveActivityCounters, recordId, setHours, signinsByIds } from '../../repos/activities.repo';
import { activityNotFound } from './activity-views';

/**
 * 志愿服务时长 per member, by those who run the activity, from its start on; each member must have
 * signed in and be one the caller manages. Every entry is checked before anything is written (one
 * bad entry refuses the whole). Each sign-in's hours change by compare-and-set on what was read,
 * and the units' counters move by the difference; an entry someone else changed meanwhile answers
 * ACTIVITY.HOURS_INVALID to reload (entries before it stay written, each one whole).
 */
export async function activityHoursHandler(input: ActivityHoursInput, ctx: Ctx): Promise<ActivityOutputs['activity.hours']> {
  const { caller, now } = ctx;
  const a = await getActivity(input.activityId);
  if (!a) throw activityNotFound();
  if (!canRunActivity(caller, a)) throw forbidden('只有活动所属支部的书记或组织部可填写时长');
  if (!canRecordOutcome(a, now)) throw new AppError(ErrorCodes.ACTIVITY_NOT_STARTED, '活动开始后才能填写时长');
  for (const e of input.entries) {
    const refusal = hoursRefusal(a, e.hours);
    if (refusal === 'not_volunteer') throw new AppError(ErrorCodes.ACTIVITY_HOURS_INVALID, '只有志愿服务活动记录志愿时长');
    if (refusal === 'step') throw new AppError(ErrorCodes.ACTIVITY_HOURS_INVALID, '时长以半小时为单位，如 1.5');
    if (refusal === 'range') throw new AppError(ErrorCodes.ACTIVITY_HOURS_INVALID, `时长须在 0 至 ${maxHours(a)} 小时之间（不超过活动时长）`);
  }
  const signins = new Map((await signinsByIds(input.entries.map((e) => recordId(a._id, e.memberId)))).map((s) => [s.memberId, s]));
  for (const e of input.entries) {
    const s = signins.get(e.memberId);
    if (!s) throw new AppError(ErrorCodes.ACTIVITY_NOT_SIGNED, '只能为已签到的党员填写时长');
    if (!canGiveHoursTo(caller, a, s)) throw forbidden('只能为您负责的党员填写时长');
  }
  for (const e of input.entries) {
    const s = signins.get(e.memberId)!;
    if (s.hours === e.hours) continue;
    if (!(await setHours(s._id, s.hours, e.hours, now))) throw new AppError(ErrorCodes.ACTIVITY_HOURS_INVALID, `${s.memberName} 的时长已被他人修改，请刷新后再填写`);
    await moveActivityCounters(personCounterIds(a.year, s), a.year, hoursMoves(a.kind, toHalfHours(e.hours) - toHalfHours(s.hours)), now);
  }
  return { activityId: a._id, entries: input.entries };
}
