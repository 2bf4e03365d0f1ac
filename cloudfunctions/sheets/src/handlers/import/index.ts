import type { HandlerTable } from '@shared/dispatch/handler';
import { checkImportHandler } from './check-import.handler';
import { importStatusHandler } from './import-status.handler';
import { runImportHandler } from './run-import.handler';

/** The bulk import's actions (a workbook read at import.check; the claims of imported records are api's). */
export const importHandlers: HandlerTable<'import.check' | 'import.run' | 'import.status'> = {
  'import.check': checkImportHandler,
  'import.run': runImportHandler,
  'import.status': importStatusHandler,
};
