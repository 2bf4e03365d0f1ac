import type { importActions } from '@/contracts/import';
import type { HandlerTable } from '../../handler';
import { checkImportHandler } from './check-import.handler';
import { claimMemberHandler } from './claim-member.handler';
import { importStatusHandler } from './import-status.handler';
import { joinMatchHandler } from './join-match.handler';
import { runImportHandler } from './run-import.handler';

export const importHandlers: HandlerTable<keyof typeof importActions> = {
  'import.check': checkImportHandler,
  'import.run': runImportHandler,
  'import.status': importStatusHandler,
  'join.match': joinMatchHandler,
  'member.claim': claimMemberHandler,
};
