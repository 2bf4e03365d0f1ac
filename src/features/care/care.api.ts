import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of 关怀帮扶 cases and visits make; components of this feature that submit call for themselves. */
export const getCareCase = (input: ActionInput<'care.get'>) => call('care.get', input);
export const listCareCases = (input: ActionInput<'care.list'>) => call('care.list', input);
export const listVisits = (input: ActionInput<'visit.list'>) => call('visit.list', input);
