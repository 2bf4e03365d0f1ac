import type { ActivityOutputs } from '@/contracts/activity';
import type { ActivityListInput } from '@/domain/activity/activity.schema';
import { canHoldFor, holdsActivities } from '@/domain/activity/activity-scope.rules';
import { hasRole } from '@/domain/auth/grant';
import { secretaryBranchIds } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { enrolmentsByIds, queryActivities, recordId, signinsByIds } from '../../repos/activities.repo';
import { joinedPlacement } from '@shared/auth/guards';
import { pageOf } from '../page';
import { activityView } from './activity-views';

/**
 * `mine`: the activities of the member's own branch, with his enrolment and sign-in (two reads by
 * id for the page). `manage`: those of the branches the organiser runs (the county: all, or one
 * branch). Newest first by creation, keyset cursor on `_id`.
 */
export async function listActivitiesHandler(input: ActivityListInput, ctx: Ctx): Promise<ActivityOutputs['activity.list']> {
  const { caller, now } = ctx;
  const limit = input.limit ?? 20;
  if (input.view === 'mine') {
    const { memberId, placement } = joinedPlacement(ctx, '后参加活动');
    const page = await queryActivities([placement.branchId], input.cursor, limit + 1);
    const ids = page.slice(0, limit).map((a) => recordId(a._id, memberId));
    const [enrolments, signins] = await Promise.all([enrolmentsByIds(ids), signinsByIds(ids)]);
    const enrolled = new Map(enrolments.map((r) => [r.activityId, r]));
    const signed = new Map(signins.map((r) => [r.activityId, r]));
    return pageOf(page, limit, (a) => activityView(caller, placement, a, { enrolment: enrolled.get(a._id) ?? null, signin: signed.get(a._id) ?? null }, {}, now));
  }
  if (!holdsActivities(caller)) throw forbidden('仅组织部和支部书记可管理活动');
  if (input.branchId && !canHoldFor(caller, [input.branchId])) throw forbidden('只能查看您负责的支部的活动');
  const branchIds = input.branchId ? [input.branchId] : hasRole(caller, 'county') ? null : secretaryBranchIds(caller);
  const page = await queryActivities(branchIds, input.cursor, limit + 1);
  return pageOf(page, limit, (a) => activityView(caller, null, a, { enrolment: null, signin: null }, {}, now));
}
