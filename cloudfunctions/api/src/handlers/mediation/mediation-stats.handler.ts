import type { MediationOutputs } from '@/contracts/mediation';
import { countByKind } from '@/domain/mediation/mediation.rules';
import type { MediationStatsInput } from '@/domain/mediation/mediation.schema';
import { forbidden } from '@/domain/shared/errors';
import { dashboardUnit } from '@/domain/stats/dashboard-scope.rules';
import type { Ctx } from '@shared/dispatch/context';
import { mediationFigures } from '../../repos/mediations.repo';

/** The dashboard's 调解维权 card: one year's cases of a unit in the caller's scope, per kind, open and closed. */
export async function mediationStatsHandler(input: MediationStatsInput, { caller }: Ctx): Promise<MediationOutputs['mediation.stats']> {
  const unit = dashboardUnit(caller, input);
  if (!unit) throw forbidden('无权查看该单位的调解统计');
  const rows = await mediationFigures(input.year, unit.kind === 'branch' ? { branchId: unit.id } : unit.kind === 'group' ? { groupId: unit.id } : {});
  return { year: input.year, unit, ...countByKind(rows) };
}
