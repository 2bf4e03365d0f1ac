import type { ActivityOutputs, ActivityRecordItem } from '@/contracts/activity';
import type { ActivityRecordInput } from '@/domain/activity/activity.schema';
import { memberFigures } from '@/domain/activity/activity-counters.rules';
import { canReadRecordOf } from '@/domain/activity/activity-scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { activitiesByIds, signinsOfMember } from '../../repos/activities.repo';
import { getMember } from '@shared/repos/members.repo';
import { existingMember, ownMemberId } from '@shared/auth/guards';

/**
 * 一人一档: the activities a member signed in to in one year, newest first, with totals per kind
 * (events he attended, hours he was given): his own, or a member the caller may read.
 */
export async function activityRecordHandler(input: ActivityRecordInput, ctx: Ctx): Promise<ActivityOutputs['activity.record']> {
  const { caller } = ctx;
  const memberId = input.memberId ?? ownMemberId(caller);
  if (memberId !== caller.memberId) {
    const member = existingMember(await getMember(memberId));
    if (!canReadRecordOf(caller, member)) throw forbidden('无权查看该党员的活动记录');
  }
  const signins = await signinsOfMember(memberId, input.year);
  const titles = new Map((await activitiesByIds(signins.map((s) => s.activityId))).map((a) => [a._id, a]));
  const items: ActivityRecordItem[] = signins.map((s) => {
    const a = titles.get(s.activityId);
    return { activityId: s.activityId, title: a?.title ?? '（活动已删除）', kind: s.kind, startAt: a?.startAt ?? s.at, mode: s.mode, hours: s.hours };
  });
  const { byKind, ...total } = memberFigures(signins);
  return { memberId, year: input.year, total, byKind, items: items.sort((x, y) => y.startAt - x.startAt) };
}
