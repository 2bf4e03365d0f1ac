import type { statsActions } from '@/contracts/stats';
import type { HandlerTable } from '../../handler';
import { dashboardHandler } from './dashboard.handler';

export const statsHandlers: HandlerTable<keyof typeof statsActions> = {
  'stats.dashboard': dashboardHandler,
};
