/**
 * The `sheets` cloud function: the actions that read or write an Excel workbook (the ledger
 * export, the bulk import). exceljs is the largest module any function carries; alone here, it
 * costs no other action's cold start (docs/benchmarks.md, "Cold start").
 */
import type { ActionsServedBy, HandlerTable } from '@shared/dispatch/handler';
import { serveActions } from '@shared/dispatch/serve-actions';
import { importHandlers } from './handlers/import';
import { ledgerHandlers } from './handlers/ledger';

const handlers: HandlerTable<ActionsServedBy<'sheets'>> = {
  ...ledgerHandlers,
  ...importHandlers,
};

export const main = serveActions('sheets', handlers);
