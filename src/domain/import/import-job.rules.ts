import type { FailedBatch, ImportIssue, ImportJob, ImportKind, ImportState } from './import.schema';

/**
 * Limits of one import. A batch is written in one transaction (all its rows or none): 50 inserts
 * keep a transaction short on CloudBase (each insert is a request, ~10-30 ms there). A step writes
 * batches until STEP_BUDGET_MS, well inside the api function's 20 s timeout, then answers progress;
 * the page calls again (the ledger export's pattern). A file holds at most MAX_ROWS data rows and
 * MAX_BYTES (the county's 3,700 members fit with room; bigger files are split by the county).
 */
export const BATCH_ROWS = 50;
export const STEP_BUDGET_MS = 8_000;
export const LEASE_MS = 25_000;
export const MAX_ROWS = 5_000;
export const MAX_BYTES = 2 * 1024 * 1024;
/** The job document keeps the first issues; a report longer than this says how many more. */
export const ISSUES_KEPT = 1_000;

/** The import's file: the uploader's own folder (the only one the storage rule lets him write). */
export const importUploadFolder = (openid: string) => `uploads/${openid}/imports/`;

export const batchCount = (validRows: number): number => Math.ceil(validRows / BATCH_ROWS);

/** The deterministic `_id` of a row's record: a retried batch collides with its own earlier insert instead of writing twice. */
export const importedId = (jobId: string, row: number): string => `${jobId}-${String(row).padStart(5, '0')}`;

/** What the page shows of a job. */
export interface ImportView {
  jobId: string;
  kind: ImportKind;
  state: ImportState;
  total: number;
  valid: number;
  issues: ImportIssue[];
  issueCount: number;
  imported: number;
  failedBatches: FailedBatch[];
  /** 0..100 of the batches tried. */
  percent: number;
  /** Another call is writing right now: this answer only reports. */
  busy: boolean;
}

export function importView(job: ImportJob, busy: boolean): ImportView {
  return {
    jobId: job._id,
    kind: job.kind,
    state: job.state,
    total: job.total,
    valid: job.valid,
    issues: job.issues,
    issueCount: job.issueCount,
    imported: job.imported,
    failedBatches: job.failedBatches,
    percent: job.state === 'done' ? 100 : job.batches ? Math.floor((job.nextBatch / job.batches) * 100) : 0,
    busy,
  };
}

/** Issues by row then column, capped at ISSUES_KEPT. */
export function keptIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.row - b.row).slice(0, ISSUES_KEPT);
}

/** Whether a step that started at `startedAt` may begin another batch at `now`. */
export const mayWriteMore = (startedAt: number, now: number): boolean => now - startedAt < STEP_BUDGET_MS;
