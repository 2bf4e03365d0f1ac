import type { ExportProgress } from '../domain/ledger/export-job.rules';
import { ledgerExportInputSchema, ledgerExportStatusInputSchema } from '../domain/ledger/ledger.schema';
import { api, type ActionTable } from './table';

/** The 流动党员管理台账 export (.xlsx in cloud storage, built in steps). */
export const ledgerActions = {
  'ledger.export': api(ledgerExportInputSchema),
  'ledger.exportStatus': api(ledgerExportStatusInputSchema),
} as const satisfies ActionTable;

export type { ExportProgress } from '../domain/ledger/export-job.rules';

export interface LedgerOutputs {
  'ledger.export': ExportProgress;
  'ledger.exportStatus': ExportProgress;
}
