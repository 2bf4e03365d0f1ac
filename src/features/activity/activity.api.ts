import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of 活动 make; components of this feature that submit call for themselves. */
export const listActivities = (input: ActionInput<'activity.list'>) => call('activity.list', input);
export const getActivity = (input: ActionInput<'activity.get'>) => call('activity.get', input);
export const signInActivity = (input: ActionInput<'activity.signin'>) => call('activity.signin', input);
export const activityRecord = (input: ActionInput<'activity.record'>) => call('activity.record', input);
