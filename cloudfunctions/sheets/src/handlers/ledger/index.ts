import type { ledgerActions } from '@/contracts/ledger';
import type { HandlerTable } from '@shared/dispatch/handler';
import { exportLedgerHandler } from './export-ledger.handler';
import { exportStatusHandler } from './export-status.handler';

export const ledgerHandlers: HandlerTable<keyof typeof ledgerActions> = {
  'ledger.export': exportLedgerHandler,
  'ledger.exportStatus': exportStatusHandler,
};
