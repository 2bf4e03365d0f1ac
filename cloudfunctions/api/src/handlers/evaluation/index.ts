import type { evaluationActions } from '@/contracts/evaluation';
import type { HandlerTable } from '@shared/dispatch/handler';
import { closeRoundHandler } from './close-round.handler';
import { mineHandler } from './mine.handler';
import { openRoundHandler } from './open-round.handler';
import { resultsHandler } from './results.handler';
import { roundsHandler } from './rounds.handler';
import { scoreHandler } from './score.handler';
import { sheetHandler } from './sheet.handler';

export const evaluationHandlers: HandlerTable<keyof typeof evaluationActions> = {
  'eval.openRound': openRoundHandler,
  'eval.score': scoreHandler,
  'eval.closeRound': closeRoundHandler,
  'eval.results': resultsHandler,
  'eval.mine': mineHandler,
  'eval.rounds': roundsHandler,
  'eval.sheet': sheetHandler,
};
