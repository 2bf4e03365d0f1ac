/**
 * The `api` cloud function: every user-facing action but the Excel ones (`sheets`), dispatched by
 * the shared serveActions (DESIGN.md §4).
 */
import type { ActionsServedBy, HandlerTable } from '@shared/dispatch/handler';
import { serveActions } from '@shared/dispatch/serve-actions';
import { callerReads } from './caller-reads';
import { orgHandlers } from './handlers/org';
import { memberHandlers } from './handlers/member';
import { studyHandlers } from './handlers/study';
import { themedayHandlers } from './handlers/themeday';
import { careHandlers } from './handlers/care';
import { statsHandlers } from './handlers/stats';
import { hometownHandlers } from './handlers/hometown';
import { pairingHandlers } from './handlers/pairing';
import { agreementHandlers } from './handlers/agreement';
import { evaluationHandlers } from './handlers/evaluation';
import { awardHandlers } from './handlers/award';
import { todoHandlers } from './handlers/todo';
import { roleHandlers } from './handlers/roles';
import { transferHandlers } from './handlers/transfer';
import { joiningHandlers } from './handlers/joining';
import { mobilityHandlers } from './handlers/mobility';
import { orgEditHandlers } from './handlers/org-edit';
import { importHandlers } from './handlers/import';
import { posterHandlers } from './handlers/poster';
import { activityHandlers } from './handlers/activity';
import { duesHandlers } from './handlers/dues';
import { cardHandlers } from './handlers/card';
import { lessonHandlers } from './handlers/lesson';
import { mailingHandlers } from './handlers/mailing';
import { mediationHandlers } from './handlers/mediation';

/** Each area keeps its handler table beside its handlers (handlers/<area>/index.ts). */
const handlers: HandlerTable<ActionsServedBy<'api'>> = {
  ...orgHandlers,
  ...memberHandlers,
  ...studyHandlers,
  ...themedayHandlers,
  ...careHandlers,
  ...statsHandlers,
  ...hometownHandlers,
  ...evaluationHandlers,
  ...awardHandlers,
  ...pairingHandlers,
  ...agreementHandlers,
  ...todoHandlers,
  ...roleHandlers,
  ...transferHandlers,
  ...joiningHandlers,
  ...mobilityHandlers,
  ...orgEditHandlers,
  ...importHandlers,
  ...posterHandlers,
  ...activityHandlers,
  ...duesHandlers,
  ...cardHandlers,
  ...lessonHandlers,
  ...mailingHandlers,
  ...mediationHandlers,
};

export const main = serveActions('api', handlers, callerReads);
