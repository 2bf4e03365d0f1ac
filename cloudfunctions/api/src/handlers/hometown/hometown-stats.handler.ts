import type { HometownOutputs } from '@/contracts/hometown';
import { canReadHometownUnit } from '@/domain/hometown/hometown-scope.rules';
import { normalizeTotals } from '@/domain/hometown/pipeline.rules';
import type { HometownStatsInput } from '@/domain/hometown/stats.schema';
import { suggestionStatuses } from '@/domain/hometown/suggestion.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { countJobs, reachingMember, validOn } from '../../repos/jobs.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';
import { getTotals } from '../../repos/projects.repo';
import { countStations } from '../../repos/stations.repo';
import { countSuggestionsByStatus } from '../../repos/suggestions.repo';

/**
 * The hometown card of the organiser dashboard for one unit: suggestions per status (indexed
 * counts), pipeline totals (the counters document), stations, and job pushes valid today that
 * reach the unit. Every figure costs one request whatever the number of records.
 */
export async function hometownStatsHandler(input: HometownStatsInput, { caller, now }: Ctx): Promise<HometownOutputs['hometown.stats']> {
  if (!canReadHometownUnit(caller, input)) throw forbidden('该单位不在您的管理范围内');
  // An unknown unit is an error for branch and group alike: zeros would pass for an empty unit.
  const [branch, group] = await Promise.all([input.branchId ? getBranch(input.branchId) : null, input.groupId ? getGroup(input.groupId) : null]);
  if (input.branchId && !branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (input.groupId && !group) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '网上党小组不存在');
  const unit = input.branchId ? { branchId: input.branchId } : input.groupId ? { groupId: input.groupId } : {};
  // A village group's members work under many branches and in many cities: only county-wide pushes surely reach it.
  const jobsReach = branch ? [reachingMember(branch._id, branch.city)] : input.groupId ? [{ 'audience.scope': 'county' }] : [];
  const [suggestions, doc, stations, activeJobs] = await Promise.all([
    countSuggestionsByStatus(unit, suggestionStatuses),
    input.groupId ? null : getTotals(),
    countStations(),
    countJobs([...jobsReach, validOn(dayOf(now))]),
  ]);
  const pipeline = input.groupId ? null : normalizeTotals(branch ? doc?.branches?.[branch._id] : doc?.county);
  return { suggestions, pipeline, stations, activeJobs };
}
