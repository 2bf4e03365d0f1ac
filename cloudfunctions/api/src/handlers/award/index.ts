import type { awardActions } from '@/contracts/award';
import type { HandlerTable } from '@shared/dispatch/handler';
import { closeAwardHandler } from './close.handler';
import { getAwardHandler } from './get.handler';
import { listAwardsHandler } from './list.handler';
import { nominateHandler } from './nominate.handler';
import { openAwardHandler } from './open.handler';
import { awardResultsHandler } from './results.handler';
import { voteHandler } from './vote.handler';

export const awardHandlers: HandlerTable<keyof typeof awardActions> = {
  'award.open': openAwardHandler,
  'award.nominate': nominateHandler,
  'award.vote': voteHandler,
  'award.close': closeAwardHandler,
  'award.results': awardResultsHandler,
  'award.list': listAwardsHandler,
  'award.get': getAwardHandler,
};
