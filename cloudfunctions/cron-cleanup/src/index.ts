/**
 * `cron-cleanup`: nightly housekeeping of cloud storage. Ledger exports, import uploads and poster
 * zips hold members' personal data and are needed only right after they are made; keeping them
 * would pile up copies of the ledger. Jobs untouched for RETENTION_DAYS lose their files, then
 * their document (retained-files.ts lists the kinds). Files go first: a run cut short leaves a job
 * whose files the next run deletes again (deleting a missing file is not an error), never a file
 * without its job.
 */
import { cloud } from '@shared/platform/cloud';
import { deleteFilesInBatches } from '@shared/platform/storage';
import { timeBudget, type FunctionContext } from '@shared/platform/time-budget';
import { filesOf, RETAINED_KINDS, type RetainedKind } from './retained-files';
import { removeJobs, staleJobs } from './stale-jobs.repo';

const DAY_MS = 86_400_000;
/** The variable keeps its first name (exports were the first kind) so deployed environments need no change. */
export const RETENTION_DAYS = Number(process.env.EXPORT_RETENTION_DAYS || 7);
const BATCH = 100;

type Removed = Record<RetainedKind['collection'], number>;
export interface CleanupResult {
  done: boolean;
  removed: Removed;
  filesDeleted: number;
}

export async function main(_event?: unknown, context?: FunctionContext): Promise<CleanupResult> {
  const removed = Object.fromEntries(RETAINED_KINDS.map((k) => [k.collection, 0])) as Removed;
  const result: CleanupResult = { done: false, removed, filesDeleted: 0 };
  // A client can call any function: only the timer (no OPENID) cleans up.
  if (cloud.getWXContext().OPENID) return result;
  const started = Date.now();
  // Stop taking batches at the deadline the function's real limit allows (60 s as deployed).
  const budget = timeBudget(context, started);
  const cutoff = started - RETENTION_DAYS * DAY_MS;
  for (const kind of RETAINED_KINDS) {
    for (;;) {
      if (budget.left() <= 0) return result;
      const jobs = await staleJobs(kind.collection, kind.fileFields, cutoff, BATCH);
      const files = jobs.flatMap((j) => filesOf(j, kind.fileFields));
      // Throws on a failed delete: the jobs stay, and the next run deletes their files again.
      await deleteFilesInBatches(files);
      result.filesDeleted += files.length;
      await removeJobs(kind.collection, jobs.map((j) => j._id));
      removed[kind.collection] += jobs.length;
      if (jobs.length < BATCH) break;
    }
  }
  return { ...result, done: true };
}
