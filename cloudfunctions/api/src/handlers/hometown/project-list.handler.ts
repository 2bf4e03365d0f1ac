import type { HometownOutputs } from '@/contracts/hometown';
import { isCountyWide, runsBranch, secretaryBranchIds } from '@/domain/auth/scope.rules';
import { normalizeTotals, sumTotals } from '@/domain/hometown/pipeline.rules';
import type { ProjectListInput } from '@/domain/hometown/project.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getTotals, queryProjects } from '../../repos/projects.repo';
import { withinUnits } from '@shared/repos/query';
import { DEFAULT_LIMIT, projectView } from './hometown-views';
import { pageOf } from '../page';

/**
 * The pipeline: a page of projects (newest first, optionally one stage or kind) and the totals per stage
 * from the counters document — the county's, one branch's, or the sum of a secretary's branches.
 */
export async function projectListHandler(input: ProjectListInput, { caller }: Ctx): Promise<HometownOutputs['project.list']> {
  const countyWide = isCountyWide(caller);
  const own = secretaryBranchIds(caller);
  if (!countyWide && !own.length) throw forbidden('仅县委组织部和支部书记可查看回乡项目');
  if (input.branchId && !runsBranch(caller, input.branchId)) throw forbidden('该支部不在您的管理范围内');
  const branchIds = input.branchId ? [input.branchId] : countyWide ? null : own;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const conds = [withinUnits(branchIds && { branchIds, groupIds: [] }), input.stage ? { stage: input.stage } : null, input.kind ? { kind: input.kind } : null];
  const [rows, doc] = await Promise.all([queryProjects(conds, input.cursor, limit + 1), getTotals()]);
  const totals = branchIds ? sumTotals(branchIds.map((id) => normalizeTotals(doc?.branches?.[id]))) : normalizeTotals(doc?.county);
  return { ...pageOf(rows, limit, projectView), totals };
}
