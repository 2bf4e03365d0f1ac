import type { HandlerTable } from '@shared/dispatch/handler';
import { claimMemberHandler } from './claim-member.handler';
import { joinMatchHandler } from './join-match.handler';

/** The import area's member-facing actions; those that read a workbook are the `sheets` function's. */
export const importHandlers: HandlerTable<'join.match' | 'member.claim'> = {
  'join.match': joinMatchHandler,
  'member.claim': claimMemberHandler,
};
