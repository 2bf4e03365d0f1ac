import type { cardActions } from '@/contracts/card';
import type { HandlerTable } from '@shared/dispatch/handler';
import { cardHistoryHandler } from './card-history.handler';
import { cardListHandler } from './card-list.handler';
import { recordCardHandler } from './record-card.handler';

/** 流动党员活动证. */
export const cardHandlers: HandlerTable<keyof typeof cardActions> = {
  'card.record': recordCardHandler,
  'card.history': cardHistoryHandler,
  'card.list': cardListHandler,
};
