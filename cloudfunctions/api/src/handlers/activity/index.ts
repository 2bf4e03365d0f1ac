import type { activityActions } from '@/contracts/activity';
import type { HandlerTable } from '@shared/dispatch/handler';
import { activityHoursHandler } from './activity-hours.handler';
import { activityRecordHandler } from './activity-record.handler';
import { activityStatsHandler } from './activity-stats.handler';
import { cancelActivityHandler } from './cancel-activity.handler';
import { createActivityHandler } from './create-activity.handler';
import { editActivityHandler } from './edit-activity.handler';
import { enrolActivityHandler } from './enrol-activity.handler';
import { getActivityHandler } from './get-activity.handler';
import { listActivitiesHandler } from './list-activities.handler';
import { signinActivityHandler } from './signin-activity.handler';
import { summarizeActivityHandler } from './summarize-activity.handler';
import { withdrawActivityHandler } from './withdraw-activity.handler';

export const activityHandlers: HandlerTable<keyof typeof activityActions> = {
  'activity.create': createActivityHandler,
  'activity.list': listActivitiesHandler,
  'activity.get': getActivityHandler,
  'activity.enrol': enrolActivityHandler,
  'activity.signin': signinActivityHandler,
  'activity.summarize': summarizeActivityHandler,
  'activity.hours': activityHoursHandler,
  'activity.stats': activityStatsHandler,
  'activity.withdraw': withdrawActivityHandler,
  'activity.edit': editActivityHandler,
  'activity.cancel': cancelActivityHandler,
  'activity.record': activityRecordHandler,
};
