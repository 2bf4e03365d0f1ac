import type { PosterJob, PosterJobState } from './poster.schema';
import { posterFileName } from './poster.rules';

/**
 * Printing the join codes in steps, as the ledger export is built (docs/decisions/posters.md): each
 * call of `branch.posters` / `branch.postersStatus` draws codes until its step budget (half of what
 * the call has left before the function's deadline, stepBudgetMs) has passed, uploads each PNG
 * under a path fixed by job and branch, and records how far it got; the step that draws the last
 * code also builds the zip when the estimate below still fits its budget, otherwise the next call
 * does. A step that dies redraws from the last recorded unit onto the same paths: nothing lost,
 * nothing twice.
 */

/**
 * Building the zip: each PNG downloaded back, stored uncompressed, one upload. Measured ~110 ms a
 * code in the local cloud under a load average of 12 (2.5 s for 22 codes); counted at 150 ms.
 */
export const ZIP_MS_PER_POSTER = 150;

/** What the page sees of a job. */
export interface PosterProgress {
  jobId: string;
  state: PosterJobState;
  /** Codes to draw (the active units when the job started). */
  total: number;
  /** Codes drawn so far (已生成 done / total). */
  done: number;
  /** The zip's name for the person saving it. */
  fileName: string | null;
  /** The finished zip's fileID: the weapp downloads by fileID (no download domain to whitelist). */
  fileID: string | null;
  /** A temporary link to the finished zip (H5); null while running or when storage cannot sign one now. */
  url: string | null;
  /** The PNGs in the zip, in order (once done). */
  names: string[];
  error: string | null;
  /** Another call is working on the job right now: this answer only reports its progress. */
  busy: boolean;
  createdAt: number;
  finishedAt: number | null;
}

/** The PNG of unit `i` (0-based) inside the zip. */
export const posterNames = (job: Pick<PosterJob, 'units'>): string[] => job.units.map((u, i) => posterFileName(i + 1, job.units.length, u.name));

export function posterProgressOf(job: PosterJob, url: string | null, busy: boolean): PosterProgress {
  const finished = job.state === 'done';
  return {
    jobId: job._id,
    state: job.state,
    total: job.units.length,
    done: job.done,
    fileName: job.fileName,
    fileID: finished ? job.fileID : null,
    url: finished ? url : null,
    names: finished ? posterNames(job) : [],
    error: job.error,
    busy,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** A drawn code's PNG: one path per job and branch, so a redrawn code overwrites its first upload. */
export const posterPartPath = (openid: string, jobId: string, branchId: string): string => `posters/${openid}/${jobId}/${branchId}.png`;

/**
 * Whether a step that started at `startedAt` may start drawing another code at `now`: only when the
 * slowest code of this step (`slowestMs`) would still end inside the budget. A code is one wxacode
 * call and one upload, ~0.1-0.3 s on WeChat and 1-2 s in the local cloud on a loaded machine (it
 * draws the PNG in JavaScript), so the step stops before the draw that would overrun, not after it.
 */
export const mayDrawMore = (startedAt: number, now: number, slowestMs: number, budgetMs: number): boolean => now - startedAt + slowestMs < budgetMs;

/** Whether this step also builds the zip: always when it drew nothing (a step of its own), else when the estimate fits. */
export const mayZip = (startedAt: number, now: number, drawnThisStep: number, total: number, budgetMs: number): boolean =>
  drawnThisStep === 0 || now - startedAt + total * ZIP_MS_PER_POSTER < budgetMs;
