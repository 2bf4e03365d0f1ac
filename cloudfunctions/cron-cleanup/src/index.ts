/**
 * `cron-cleanup`: nightly housekeeping of cloud storage. A ledger export (.xlsx of members' personal
 * data) is only needed for the download right after it is made; keeping every export forever would
 * pile up copies of the ledger. Jobs untouched for EXPORT_RETENTION_DAYS lose their files (the
 * workbook and any part files left by an unfinished job), then their job document. Files go first:
 * a run cut short leaves a job whose files the next run deletes again (deleting a missing file is
 * not an error), never a file without its job.
 */
import { cloud } from '@shared/platform/cloud';
import { deleteFilesInBatches } from '@shared/platform/storage';
import { timeBudget, type FunctionContext } from '@shared/platform/time-budget';
import { removeExports, staleExports } from './exports.repo';

const DAY_MS = 86_400_000;
export const EXPORT_RETENTION_DAYS = Number(process.env.EXPORT_RETENTION_DAYS || 7);
const BATCH = 100;
export async function main(_event?: unknown, context?: FunctionContext): Promise<{ done: boolean; exportsRemoved: number; filesDeleted: number }> {
  // A client can call any function: only the timer (no OPENID) cleans up.
  if (cloud.getWXContext().OPENID) return { done: false, exportsRemoved: 0, filesDeleted: 0 };
  const started = Date.now();
  // Stop taking batches at the deadline the function's real limit allows (60 s as deployed).
  const budget = timeBudget(context, started);
  const cutoff = started - EXPORT_RETENTION_DAYS * DAY_MS;
  let exportsRemoved = 0;
  let filesDeleted = 0;
  for (;;) {
    if (budget.left() <= 0) return { done: false, exportsRemoved, filesDeleted };
    const jobs = await staleExports(cutoff, BATCH);
    const files = jobs.flatMap((j) => [...(j.fileID ? [j.fileID] : []), ...(j.partIds ?? [])]);
    // Throws on a failed delete: the jobs stay, and the next run deletes their files again.
    await deleteFilesInBatches(files);
    filesDeleted += files.length;
    await removeExports(jobs.map((j) => j._id));
    exportsRemoved += jobs.length;
    if (jobs.length < BATCH) return { done: true, exportsRemoved, filesDeleted };
  }
}
