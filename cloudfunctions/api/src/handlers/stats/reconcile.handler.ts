import type { StatsOutputs } from '@/contracts/stats';
import { hasRole } from '@/domain/auth/grant';
import { forbidden } from '@/domain/shared/errors';
import type { ReconcileInput } from '@/domain/stats/stats.schema';
import type { Ctx } from '@shared/dispatch/context';
import { rebuildUnitCounters, reconcileCounters } from '@shared/reconcile/reconcile-counters';

const HOUR_MS = 3_600_000;

/**
 * 组织部 recomputes the counters of what was written in the last `hours` from the records and sees
 * the drift it mended (the same work the cron-reconcile timer does every few minutes); `rebuild`
 * recomputes every unit's member counters (the upgrade step, docs/deploy.md).
 */
export async function reconcileHandler(input: ReconcileInput, { caller, now }: Ctx): Promise<StatsOutputs['stats.reconcile']> {
  if (!hasRole(caller, 'county')) throw forbidden('仅县委组织部可校准统计数');
  if (input.rebuild) return { hours: null, ...(await rebuildUnitCounters(now)) };
  const hours = input.hours ?? 24;
  return { hours, ...(await reconcileCounters(now - hours * HOUR_MS, now)) };
}
