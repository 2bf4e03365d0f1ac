import type { CareOutputs } from '@/contracts/care';
import { statsUnit, type StatsUnit } from '@/domain/care/care-scope.rules';
import type { CareStatsInput } from '@/domain/care/care.schema';
import { counterId, statsOf } from '@/domain/care/counters.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { getCareCounters } from '../../repos/care-counters.repo';
import { getCounty } from '../../repos/config.repo';
import { getBranch, getGroup } from '../../repos/org.repo';

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

async function unitName(unit: StatsUnit): Promise<string> {
  if (unit.kind === 'county') return (await getCounty())?.name ?? '全县';
  const found = unit.kind === 'branch' ? await getBranch(unit.id) : await getGroup(unit.id);
  if (!found) throw new AppError(ErrorCodes.ORG_NOT_FOUND, unit.kind === 'branch' ? '支部不存在' : '网上党小组不存在');
  return found.name;
}
