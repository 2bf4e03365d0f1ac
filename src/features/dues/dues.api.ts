import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the 党费 pages make. */
export const myDues = () => call('dues.mine', {});
export const recordDues = (input: ActionInput<'dues.record'>) => call('dues.record', input);
export const voidDues = (input: ActionInput<'dues.void'>) => call('dues.void', input);
export const duesArrears = (input: ActionInput<'dues.arrears'>) => call('dues.arrears', input);
export const duesSubsidies = (year: number) => call('dues.subsidies', { year });
export const paySubsidy = (input: ActionInput<'dues.paySubsidy'>) => call('dues.paySubsidy', input);
