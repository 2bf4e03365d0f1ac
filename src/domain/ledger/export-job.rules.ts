import type { Caller } from '../auth/grant';
import type { ExportJob, ExportState } from './ledger.schema';

/**
 * Chunking against the api function's real time limit (20 s as docs/deploy.md sets it; 3 s when
 * nobody set it). A step reads members in pages of PAGE (the cloud's cap per get) and starts no new
 * page once its budget has passed: half the time the call has left (stepBudgetMs), STEP_BUDGET_MS
 * at the documented 20 s; it writes at most STEP_MAX_ROWS rows to one part file. Figures
 * (bench/export-cost.ts, docs/decisions/ledger.md): a 1,000-row page costs ~0.1-0.5 s to read, mask
 * and map; the other half is for a slow page, the part upload and the job write.
 */
export const PAGE = 1000;
export const STEP_BUDGET_MS = 8_000;
/** A step's budget from the ms the call has left before its deadline (time-budget.ts). */
export const stepBudgetMs = (callLeftMs: number): number => Math.max(0, Math.floor(callLeftMs / 2));
export const STEP_MAX_ROWS = 20_000;
/**
 * Assembling costs ~30 ms per 1,000 rows locally (parts read back, rows streamed into the workbook,
 * zipped, uploaded); counted at 100 ms to leave room for a slower instance.
 */
export const ASSEMBLE_MS_PER_1000_ROWS = 100;
/** Longer than the function timeout (20 s), so a crashed step's lease lapses before the next poll needs it. */
export const LEASE_MS = 25_000;
export const MAX_FAILURES = 3;

/** What the caller sees of a job. */
export interface ExportProgress {
  jobId: string;
  state: ExportState;
  total: number;
  processed: number;
  /** 0..100, 100 only when the file is ready. */
  percent: number;
  fileName: string | null;
  /** A temporary download link (valid up to a day), refreshed on each read of a finished job. */
  url: string | null;
  /**
   * The finished file's cloud fileID: the weapp downloads by fileID (wx.cloud.downloadFile), which
   * needs no download domain whitelisted, where the temp URL would (H5 uses the URL).
   */
  fileID: string | null;
  error: string | null;
  /** Another call is working on the job right now: this answer only reports its progress. */
  busy: boolean;
  createdAt: number;
  finishedAt: number | null;
}

/** Reading is ~95 % of the work; the last 5 % is assembling and uploading the file. */
export function percentOf(job: Pick<ExportJob, 'state' | 'total' | 'processed'>): number {
  if (job.state === 'done') return 100;
  if (job.total <= 0) return 0;
  return Math.min(95, Math.floor((job.processed / job.total) * 95));
}

export function progressOf(job: ExportJob, url: string | null, busy: boolean): ExportProgress {
  return {
    jobId: job._id,
    state: job.state,
    total: job.total,
    processed: job.processed,
    percent: percentOf(job),
    fileName: job.fileName,
    url: job.state === 'done' ? url : null,
    fileID: job.state === 'done' ? job.fileID : null,
    error: job.error,
    busy,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** Whether a step that started at `startedAt` may read another page at `now`. */
export const mayReadMore = (startedAt: number, now: number, rowsThisStep: number, maxRows: number = STEP_MAX_ROWS, budgetMs: number = STEP_BUDGET_MS): boolean =>
  now - startedAt < budgetMs && rowsThisStep + PAGE <= maxRows;

/**
 * Whether this step should also assemble the file: always when it read nothing (a step of its own),
 * else only when the estimated assembly still fits the budget (otherwise the next step does it).
 */
export const mayAssemble = (startedAt: number, now: number, rowsThisStep: number, rowsTotal: number, budgetMs: number = STEP_BUDGET_MS): boolean =>
  rowsThisStep === 0 || now - startedAt + (rowsTotal / 1000) * ASSEMBLE_MS_PER_1000_ROWS < budgetMs;

/** A failed step: the job stays resumable until MAX_FAILURES in a row, then fails for good. */
export function afterFailure(job: Pick<ExportJob, 'failures'>, message: string): Pick<ExportJob, 'failures' | 'state' | 'error'> {
  const failures = job.failures + 1;
  return failures >= MAX_FAILURES ? { failures, state: 'failed', error: message } : { failures, state: 'running', error: null };
}

/** `part-00001.json`: fixed width so a listing sorts in write order. */
export const partName = (n: number): string => `part-${String(n).padStart(5, '0')}.json`;

/**
 * The rights a job's rows are written under: the caller's ledger roles, which decide the units he
 * lists and whose phones and card numbers he sees in full. A job is continued or handed out only
 * while its owner holds exactly these: after any change (a branch revoked, 组织部 → sysadmin) its
 * file may hold rows he may no longer see, so he exports again. Inflow grants play no part here.
 */
export function exportAccessKey(caller: Pick<Caller, 'grants'>): string {
  const keys = caller.grants.flatMap((g) =>
    g.role === 'secretary' ? [`secretary:${g.branchId}`] : g.role === 'cadre' ? [`cadre:${g.groupId}`] : g.role === 'inflow' ? [] : [g.role],
  );
  return [...new Set(keys)].sort().join(',');
}
