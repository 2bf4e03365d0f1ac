import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the 学习资料寄送 pages make. */
export const listMailings = (input: ActionInput<'mailing.list'>) => call('mailing.list', input);
export const getMailing = (input: ActionInput<'mailing.get'>) => call('mailing.get', input);
export const createMailing = (input: ActionInput<'mailing.create'>) => call('mailing.create', input);
export const markSent = (input: ActionInput<'mailing.markSent'>) => call('mailing.markSent', input);
export const myMailings = () => call('mailing.mine', {});
export const confirmReceipt = (input: ActionInput<'mailing.confirm'>) => call('mailing.confirm', input);
