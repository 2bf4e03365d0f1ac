import type { ExportProgress } from '../domain/ledger/export-job.rules';
import { ledgerExportInputSchema, ledgerExportStatusInputSchema } from '../domain/ledger/ledger.schema';
import { sheets, type ActionTable } from './table';

/** The 流动党员管理台账 export (.xlsx in cloud storage, built in steps; served by the `sheets` function). */
export const ledgerActions = {
  'ledger.export': sheets(ledgerExportInputSchema),
  'ledger.exportStatus': sheets(ledgerExportStatusInputSchema),
} as const satisfies ActionTable;

export type { ExportProgress } from '../domain/ledger/export-job.rules';

export interface LedgerOutputs {
  'ledger.export': ExportProgress;
  'ledger.exportStatus': ExportProgress;
}
