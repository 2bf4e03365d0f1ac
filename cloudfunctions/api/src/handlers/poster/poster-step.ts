import { afterFailure, stepBudgetMs } from '@/domain/ledger/export-job.rules';
import { mayDrawMore, mayZip, posterPartPath } from '@/domain/org/poster-job.rules';
import type { PosterJob } from '@/domain/org/poster.schema';
import { POSTER_WIDTH_PX, posterZipPath } from '@/domain/org/poster.rules';
import { patchPosterJob } from '../../repos/posters.repo';
import { joinCodeImage } from '../org/join-code';
import { removeParts, saveFile, zipOfParts } from './poster-files';

/**
 * Codes per step at most: unlimited (the budget decides); POSTER_STEP_MAX_CODES lowers it so a test
 * sees a multi-step print on a machine fast enough to draw a whole county in one budget (as
 * LEDGER_EXPORT_STEP_ROWS does for the export).
 */
const stepMaxCodes = (): number => Number(process.env.POSTER_STEP_MAX_CODES) || Number.POSITIVE_INFINITY;

/**
 * One step of a job the caller holds the lease on: draws codes from `done` on, each uploaded to its
 * own fixed path, while the next one would still end inside the budget (half of what the call has
 * left before its deadline; always at least one); then, with every code drawn and time left,
 * builds and stores the zip. The job document is written last: a step that dies leaves the job
 * where the last good step left it, and the next one redraws the same units onto the same paths
 * (nothing lost, nothing twice).
 */
export async function runPosterStep(job: PosterJob, now: number, clock: () => number, deadline: number): Promise<PosterJob> {
  const startedAt = clock();
  const budgetMs = stepBudgetMs(deadline - startedAt);
  const partIds = job.partIds.slice(0, job.done);
  let done = job.done;
  let scratch: string[] = [];
  let next: PosterJob;
  try {
    let slowestMs = 0;
    const last = Math.min(job.units.length, job.done + stepMaxCodes());
    while (done < last && (done === job.done || mayDrawMore(startedAt, clock(), slowestMs, budgetMs))) {
      const unit = job.units[done];
      const drawStart = clock();
      const image = await joinCodeImage(unit.scene, POSTER_WIDTH_PX);
      partIds.push(await saveFile(posterPartPath(job.openid, job._id, unit.branchId), image.bytes));
      slowestMs = Math.max(slowestMs, clock() - drawStart);
      done += 1;
    }
    next = { ...job, done, partIds };
    if (done === job.units.length && mayZip(startedAt, clock(), done - job.done, done, budgetMs)) {
      const fileID = await saveFile(posterZipPath(job.openid, job.createdAt, job.fileToken), await zipOfParts(next));
      scratch = partIds;
      next = { ...next, state: 'done', fileID, partIds: [], finishedAt: now };
    }
    next = { ...next, leaseUntil: 0, failures: 0, updatedAt: clock() };
  } catch (err) {
    console.error('[api] poster step failed', job._id, err);
    // Codes drawn before the failure are kept: their files sit where a redraw would put them.
    next = { ...job, done, partIds, ...afterFailure(job, '二维码生成失败，请重新生成'), leaseUntil: 0, updatedAt: clock() };
    if (next.state === 'failed') scratch = partIds;
  }
  await patchPosterJob(job._id, {
    state: next.state,
    done: next.done,
    partIds: next.partIds,
    fileID: next.fileID,
    leaseUntil: next.leaseUntil,
    failures: next.failures,
    error: next.error,
    updatedAt: next.updatedAt,
    finishedAt: next.finishedAt,
  });
  // Only once the job no longer needs them (zipped, or failed for good) are the PNGs removed.
  if (scratch.length) await removeParts(scratch);
  return next;
}
