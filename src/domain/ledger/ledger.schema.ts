import { z } from 'zod';
import { memberListInputSchema } from '../member/member.schema';
import { idSchema } from '../shared/fields.schema';
import { steppedJobInputSchema, type SteppedJobState } from '../shared/stepped-job.schema';

/** The ledger export takes the ledger's own filters (member.list without paging). */
export const ledgerFiltersSchema = memberListInputSchema.omit({ cursor: true, limit: true });

/**
 * `ledger.export` starts a job from filters, or continues the caller's job `jobId`. A continuation
 * carries no filters: the job keeps the ones it started with, so a file never mixes two queries.
 */
export const ledgerExportInputSchema = ledgerFiltersSchema.extend({ jobId: idSchema.optional() }).refine(
  ({ jobId, ...filters }) => jobId === undefined || Object.values(filters).every((v) => v === undefined),
  { message: '继续导出时不能再带筛选条件', path: ['jobId'] },
);

export const ledgerExportStatusInputSchema = steppedJobInputSchema;

export type LedgerFilters = z.infer<typeof ledgerFiltersSchema>;
export type LedgerExportInput = z.infer<typeof ledgerExportInputSchema>;
export type LedgerExportStatusInput = z.infer<typeof ledgerExportStatusInputSchema>;

export type ExportState = SteppedJobState;

/** The `exports` collection: one document per export job. */
export interface ExportJob {
  _id: string;
  /** Owner: only he may continue it or read it. */
  openid: string;
  /** The owner's ledger rights when it started (exportAccessKey): only with the same rights may he continue or read it. */
  accessKey: string;
  filters: LedgerFilters;
  state: ExportState;
  /** Members matching the filters when the job started (a count; the rows written may differ by a few). */
  total: number;
  /** Rows written to parts so far. */
  processed: number;
  /** Keyset cursor: the last `_id` written (rows go newest first, as the ledger shows them). */
  cursor: string | null;
  /** No member left to read: the next step assembles the workbook. */
  exhausted: boolean;
  /** fileIDs of the part files written so far (`exports/<openid>/<jobId>/part-<n>.json`), in row order. */
  partIds: string[];
  fileID: string | null;
  fileName: string | null;
  /**
   * The workbook's random name part (128 bits), drawn when the job starts: a step that dies after
   * uploading the workbook but before recording it is redone under the same path, overwriting that
   * upload instead of leaving a second copy no job points to (which the cleanup would never find).
   * Absent on jobs started before it existed (they draw one per assembly, as before).
   */
  fileToken?: string;
  /** A call works on the job until this instant (ms); others only answer its progress. */
  leaseUntil: number;
  /** Consecutive failed steps; the job fails after MAX_FAILURES. */
  failures: number;
  error: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}
