import type { careActions } from '@/contracts/care';
import type { HandlerTable } from '@shared/dispatch/handler';
import { assignCaseHandler } from './assign-case.handler';
import { careStatsHandler } from './care-stats.handler';
import { fileCaseHandler } from './file-case.handler';
import { getCaseHandler } from './get-case.handler';
import { listCasesHandler } from './list-cases.handler';
import { listVisitsHandler } from './list-visits.handler';
import { logVisitHandler } from './log-visit.handler';
import { transitionCaseHandler } from './transition-case.handler';

export const careHandlers: HandlerTable<keyof typeof careActions> = {
  'care.file': fileCaseHandler,
  'care.list': listCasesHandler,
  'care.get': getCaseHandler,
  'care.assign': assignCaseHandler,
  'care.transition': transitionCaseHandler,
  'care.stats': careStatsHandler,
  'visit.log': logVisitHandler,
  'visit.list': listVisitsHandler,
};
