import type { hometownActions } from '@/contracts/hometown';
import type { HandlerTable } from '@shared/dispatch/handler';
import { hometownStatsHandler } from './hometown-stats.handler';
import { jobsListHandler } from './jobs-list.handler';
import { jobsPublishHandler } from './jobs-publish.handler';
import { jobsUpdateHandler } from './jobs-update.handler';
import { jobsWithdrawHandler } from './jobs-withdraw.handler';
import { projectCreateHandler } from './project-create.handler';
import { projectListHandler } from './project-list.handler';
import { projectUpdateHandler } from './project-update.handler';
import { stationListHandler } from './station-list.handler';
import { stationSaveHandler } from './station-save.handler';
import { suggestListHandler } from './suggest-list.handler';
import { suggestReplyHandler } from './suggest-reply.handler';
import { suggestSubmitHandler } from './suggest-submit.handler';

/** 反哺家乡. */
export const hometownHandlers: HandlerTable<keyof typeof hometownActions> = {
  'suggest.submit': suggestSubmitHandler,
  'suggest.list': suggestListHandler,
  'suggest.reply': suggestReplyHandler,
  'project.create': projectCreateHandler,
  'project.update': projectUpdateHandler,
  'project.list': projectListHandler,
  'station.save': stationSaveHandler,
  'station.list': stationListHandler,
  'jobs.publish': jobsPublishHandler,
  'jobs.list': jobsListHandler,
  'hometown.stats': hometownStatsHandler,
  'jobs.update': jobsUpdateHandler,
  'jobs.withdraw': jobsWithdrawHandler,
};
