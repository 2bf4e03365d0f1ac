import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of study pushes and check-ins make; components of this feature that submit call for themselves. */
export const checkinStats = (input: ActionInput<'checkin.stats'>) => call('checkin.stats', input);
export const getStudyPush = (input: ActionInput<'study.get'>) => call('study.get', input);
export const listStudyPushes = (input: ActionInput<'study.list'>) => call('study.list', input);
export const managedStudyPushes = (input: ActionInput<'study.managed'>) => call('study.managed', input);
export const withdrawStudyPush = (pushId: string) => call('study.withdraw', { pushId });
