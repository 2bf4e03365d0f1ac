import type { studyActions } from '@/contracts/study';
import type { HandlerTable } from '@shared/dispatch/handler';
import { checkinStatsHandler } from './checkin-stats.handler';
import { getStudyHandler } from './get-study.handler';
import { listStudiesHandler } from './list-studies.handler';
import { managedStudiesHandler } from './managed-studies.handler';
import { myCheckinsHandler } from './my-checkins.handler';
import { publishStudyHandler } from './publish-study.handler';
import { submitCheckinHandler } from './submit-checkin.handler';
import { updateStudyHandler } from './update-study.handler';
import { withdrawStudyHandler } from './withdraw-study.handler';

export const studyHandlers: HandlerTable<keyof typeof studyActions> = {
  'study.publish': publishStudyHandler,
  'study.list': listStudiesHandler,
  'study.get': getStudyHandler,
  'checkin.submit': submitCheckinHandler,
  'checkin.mine': myCheckinsHandler,
  'checkin.stats': checkinStatsHandler,
  'study.managed': managedStudiesHandler,
  'study.update': updateStudyHandler,
  'study.withdraw': withdrawStudyHandler,
};
