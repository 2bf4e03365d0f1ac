import type { mobilityActions } from '@/contracts/mobility';
import type { HandlerTable } from '@shared/dispatch/handler';
import { endMobilityHandler } from './end-mobility.handler';
import { reopenMobilityHandler } from './reopen-mobility.handler';

export const mobilityHandlers: HandlerTable<keyof typeof mobilityActions> = {
  'member.endMobility': endMobilityHandler,
  'member.reopenMobility': reopenMobilityHandler,
};
