import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivityStatsInput } from '@/domain/activity/activity.schema';
import { activityStatsOf, counterId, type UnitRef } from '@/domain/activity/activity-counters.rules';
import { forbidden } from '@/domain/shared/errors';
import { dashboardUnit } from '@/domain/stats/dashboard-scope.rules';
import type { Ctx } from '@shared/dispatch/context';
import { getActivityCounters } from '../../repos/activities.repo';
import { unitName } from '../unit-name';

/**
 * Events and people (参加人次) per kind, and volunteer hours, of one year for the county, a branch
 * or a village group, under the dashboard's scope rule: one counters document and the unit's name.
 */
export async function activityStatsHandler(input: ActivityStatsInput, ctx: Ctx): Promise<ActivityOutputs['activity.stats']> {
  const ref = dashboardUnit(ctx.caller, input);
  if (!ref) throw forbidden('无权查看该单位的活动统计');
  const unit: UnitRef = ref.kind === 'county' ? { kind: 'county' } : ref;
  const [doc, name] = await Promise.all([getActivityCounters(counterId(input.year, unit)), unitName(unit)]);
  return { year: input.year, unit: { ...unit, name }, ...activityStatsOf(doc) };
}
