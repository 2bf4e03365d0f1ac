/**
 * `cron-reconcile`: every 10 minutes, recomputes from the records the counters of the units,
 * pushes and theme-day months written in the last WINDOW_MINUTES, and mends any drift (a call that
 * died between its record and its counter increment). The window overlaps the next runs, so a unit
 * left busy (written in the last seconds) is checked again once it settles.
 */
import { cloud } from '@shared/platform/cloud';
import { rebuildUnitCounters, reconcileCounters } from '@shared/reconcile/reconcile-counters';

export const WINDOW_MINUTES = Number(process.env.RECONCILE_WINDOW_MINUTES || 60);

export async function main(event?: { rebuild?: unknown }): Promise<unknown> {
  // A client can call any function: only the timer (no OPENID) reconciles; the county uses stats.reconcile.
  if (cloud.getWXContext().OPENID) return { done: false };
  const now = Date.now();
  // `{ "rebuild": true }` from the console's test run (no OPENID either): the upgrade step of docs/deploy.md.
  const report = event?.rebuild === true ? await rebuildUnitCounters(now) : await reconcileCounters(now - WINDOW_MINUTES * 60_000, now);
  if (report.mended.length) console.warn(`[cron-reconcile] mended ${report.mended.length} counters`, JSON.stringify(report.mended.slice(0, 50)));
  return { done: true, ...report };
}
