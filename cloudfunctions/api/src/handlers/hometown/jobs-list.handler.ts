import type { HometownOutputs } from '@/contracts/hometown';
import { canPushTo, isCountyWide, runsAnyBranch, secretaryBranchIds } from '@/domain/auth/scope.rules';
import type { JobsListInput } from '@/domain/hometown/job.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { queryJobs, reachingMember, validOn } from '../../repos/jobs.repo';
import { concerningUnits } from '@shared/repos/query';
import { DEFAULT_LIMIT, jobView } from './hometown-views';
import { pageOf } from '../page';

/**
 * A member's jobs: pushes reaching his branch or the city he works in (or the whole county) and
 * still valid today. `manage`: a publisher's view (all for the county; a secretary's own pushes,
 * county-wide ones and those to his branches), expired and withdrawn ones included, each marked
 * `manageable` when he may edit or withdraw it.
 */
export async function jobsListHandler(input: JobsListInput, { caller, member, now }: Ctx): Promise<HometownOutputs['jobs.list']> {
  const limit = input.limit ?? DEFAULT_LIMIT;
  let conds: object[];
  if (input.manage) {
    if (!runsAnyBranch(caller)) throw forbidden('仅县委组织部和支部书记可管理招工信息');
    conds = isCountyWide(caller) ? [] : [concerningUnits(secretaryBranchIds(caller), [], caller.openid)];
  } else {
    // The city he works in is on his record, which came with the caller read.
    if (!member) throw new AppError(ErrorCodes.MEMBER_NOT_JOINED, '请先扫码加入支部');
    conds = [reachingMember(member.branchId, member.city || null), validOn(dayOf(now))];
  }
  const rows = await queryJobs(conds, input.cursor, limit + 1);
  return pageOf(rows, limit, (j) => (input.manage ? { ...jobView(j, now), manageable: canPushTo(caller, j.audience) } : jobView(j, now)));
}
