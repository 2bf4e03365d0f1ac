import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of the organiser dashboard make; components of this feature that submit call for themselves. */
export const dashboardView = (input: ActionInput<'stats.dashboard'>) => call('stats.dashboard', input);
