import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the 活动证 pages make. */
export const cardHistory = (memberId?: string) => call('card.history', memberId ? { memberId } : {});
export const recordCard = (input: ActionInput<'card.record'>) => call('card.record', input);
export const listCards = (input: ActionInput<'card.list'>) => call('card.list', input);
