import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of 述职评议 rounds make; components of this feature that submit call for themselves. */
export const closeRound = (input: ActionInput<'eval.closeRound'>) => call('eval.closeRound', input);
export const listRounds = () => call('eval.rounds');
export const myEvaluation = () => call('eval.mine');
export const roundResults = (input: ActionInput<'eval.results'>) => call('eval.results', input);
export const scoreSheet = (input: ActionInput<'eval.sheet'>) => call('eval.sheet', input);
