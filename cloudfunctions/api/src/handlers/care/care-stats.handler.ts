import type { CareOutputs } from '@/contracts/care';
import { statsUnit } from '@/domain/care/care-scope.rules';
import type { CareStatsInput } from '@/domain/care/care.schema';
import { counterId, statsOf } from '@/domain/care/counters.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getCareCounters } from '../../repos/care-counters.repo';
import { unitName } from '../unit-name';

/**
 * Counts by kind and state, families visited and difficulties solved for one year and unit: one
 * counters document (kept by the case and visit transactions) and the unit's name, in parallel.
 */
export async function careStatsHandler(input: CareStatsInput, ctx: Ctx): Promise<CareOutputs['care.stats']> {
  const unit = statsUnit(ctx.caller, input);
  if (!unit) throw forbidden('无权查看该单位的关怀帮扶统计');
  const [doc, name] = await Promise.all([getCareCounters(counterId(input.year, unit)), unitName(unit)]);
  return { year: input.year, unit: { ...unit, name }, ...statsOf(doc) };
}
