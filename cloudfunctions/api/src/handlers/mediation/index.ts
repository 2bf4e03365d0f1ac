import type { mediationActions } from '@/contracts/mediation';
import type { HandlerTable } from '@shared/dispatch/handler';
import { getMediationHandler } from './get-mediation.handler';
import { listMediationsHandler } from './list-mediations.handler';
import { mediationHandlersHandler } from './mediation-handlers.handler';
import { mediationStatsHandler } from './mediation-stats.handler';
import { myMediationsHandler } from './my-mediations.handler';
import { openMediationHandler } from './open-mediation.handler';
import { stepMediationHandler } from './step-mediation.handler';

export const mediationHandlers: HandlerTable<keyof typeof mediationActions> = {
  'mediation.open': openMediationHandler,
  'mediation.handlers': mediationHandlersHandler,
  'mediation.list': listMediationsHandler,
  'mediation.get': getMediationHandler,
  'mediation.step': stepMediationHandler,
  'mediation.stats': mediationStatsHandler,
  'mediation.mine': myMediationsHandler,
};
