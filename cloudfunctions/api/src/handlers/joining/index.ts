import type { joiningActions } from '@/contracts/joining';
import type { HandlerTable } from '@shared/dispatch/handler';
import { joinDecideHandler } from './join-decide.handler';
import { joinRequestsHandler } from './join-requests.handler';
import { joinSettingsHandler } from './join-settings.handler';

export const joiningHandlers: HandlerTable<keyof typeof joiningActions> = {
  'branch.joinSettings': joinSettingsHandler,
  'join.requests': joinRequestsHandler,
  'join.decide': joinDecideHandler,
};
