import type { themedayActions } from '@/contracts/themeday';
import type { HandlerTable } from '@shared/dispatch/handler';
import { currentThemedayHandler } from './current-themeday.handler';
import { planThemedayHandler } from './plan-themeday.handler';
import { signinThemedayHandler } from './signin-themeday.handler';
import { setupThemedayHandler } from './setup-themeday.handler';
import { subscribeThemedayHandler } from './subscribe-themeday.handler';
import { themedayAttendanceHandler } from './themeday-attendance.handler';
import { themedayDeliveryHandler } from './themeday-delivery.handler';

export const themedayHandlers: HandlerTable<keyof typeof themedayActions> = {
  'themeday.plan': planThemedayHandler,
  'themeday.current': currentThemedayHandler,
  'themeday.subscribe': subscribeThemedayHandler,
  'themeday.signin': signinThemedayHandler,
  'themeday.attendance': themedayAttendanceHandler,
  'themeday.delivery': themedayDeliveryHandler,
  'themeday.setup': setupThemedayHandler,
};
