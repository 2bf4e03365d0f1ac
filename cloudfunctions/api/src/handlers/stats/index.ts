import type { statsActions } from '@/contracts/stats';
import type { HandlerTable } from '@shared/dispatch/handler';
import { dashboardHandler } from './dashboard.handler';
import { reconcileHandler } from './reconcile.handler';

export const statsHandlers: HandlerTable<keyof typeof statsActions> = {
  'stats.dashboard': dashboardHandler,
  'stats.reconcile': reconcileHandler,
};
