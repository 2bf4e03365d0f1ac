import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the 调解维权 pages make. */
export const listMediations = (input: ActionInput<'mediation.list'>) => call('mediation.list', input);
export const getMediation = (input: ActionInput<'mediation.get'>) => call('mediation.get', input);
export const openMediation = (input: ActionInput<'mediation.open'>) => call('mediation.open', input);
export const mediationHandlers = (input: ActionInput<'mediation.handlers'>) => call('mediation.handlers', input);
export const stepMediation = (input: ActionInput<'mediation.step'>) => call('mediation.step', input);
export const mediationStats = (input: ActionInput<'mediation.stats'>) => call('mediation.stats', input);
export const myMediations = () => call('mediation.mine', {});
