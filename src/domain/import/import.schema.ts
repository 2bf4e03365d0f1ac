import { z } from 'zod';
import { idSchema, nameSchema, phoneSchema } from '../shared/fields.schema';
import type { MemberDraft } from './ledger-import.rules';
import type { ImportIssue } from './sheet.rules';
import type { GroupDraft } from './village-import.rules';

/** What a file imports: the county's villages (网上党小组) or its existing ledger (台账, the export's columns). */
export const importKinds = ['groups', 'members'] as const;
export type ImportKind = (typeof importKinds)[number];
export const importKindLabels: Record<ImportKind, string> = { groups: '村（网上党小组）', members: '党员台账' };

/** `import.check`: the dry run of an uploaded .xlsx (the caller's own upload, cloud storage). */
export const importCheckInputSchema = z.strictObject({ kind: z.enum(importKinds), fileID: z.string().min(8).max(512) });
/** `import.run`: starts or continues the import of a checked file. `import.status`: where a job stands. */
export const importJobInputSchema = z.strictObject({ jobId: idSchema });

/** The join page's claim of an imported record: the signed scene, and the phone and name he typed. */
export const joinMatchInputSchema = z.strictObject({ scene: z.string().min(1).max(32), name: nameSchema, phone: phoneSchema });
export const memberClaimInputSchema = joinMatchInputSchema.extend({ memberId: idSchema });

export type ImportCheckInput = z.infer<typeof importCheckInputSchema>;
export type ImportJobInput = z.infer<typeof importJobInputSchema>;
export type JoinMatchInput = z.infer<typeof joinMatchInputSchema>;
export type MemberClaimInput = z.infer<typeof memberClaimInputSchema>;

export type { ImportIssue } from './sheet.rules';

/** A row that passed the dry run, as the import writes it. */
export type ImportRow = { row: number } & ({ kind: 'groups'; group: GroupDraft } | { kind: 'members'; member: MemberDraft });

/** `checked`: dry run done, nothing written; `running`: importing in steps; `done`: every batch tried. */
export type ImportState = 'checked' | 'running' | 'done';

/** A batch written all or not at all; a failed one is reported with its rows. */
export interface FailedBatch {
  fromRow: number;
  toRow: number;
  rows: number;
  message: string;
}

/** The `imports` collection: one document per uploaded file. */
export interface ImportJob {
  _id: string;
  /** Who checked it: only he runs it and reads its report. */
  openid: string;
  kind: ImportKind;
  fileID: string;
  state: ImportState;
  /** Data rows in the file. */
  total: number;
  /** Rows that passed the dry run (the import writes these). */
  valid: number;
  /** Problems found, by row, at most ISSUES_KEPT of them (issueCount says how many in all). */
  issues: ImportIssue[];
  issueCount: number;
  /** The valid rows (JSON in storage, `imports/<jobId>/rows.json`): what each step reads. */
  rowsFileID: string | null;
  /** Batches of the valid rows (BATCH_ROWS each), the next one to write, and those whose counters moved. */
  batches: number;
  nextBatch: number;
  countedBatches: number;
  /** Rows written so far; rows found invalid at import time (taken meanwhile) join `issues`. */
  imported: number;
  failedBatches: FailedBatch[];
  leaseUntil: number;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}
