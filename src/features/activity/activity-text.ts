import type { ActivityView } from '@/contracts/activity';
import { minuteOf } from '@/domain/shared/day.rules';

/** When an activity runs, as one line: the same day shows its end time only. */
export function timeText(a: Pick<ActivityView, 'startAt' | 'endAt'>): string {
  const start = minuteOf(a.startAt);
  const end = minuteOf(a.endAt);
  return `${start} - ${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`;
}

/** Where: the place, the online link, or both. */
export const whereText = (a: Pick<ActivityView, 'place' | 'onlineUrl'>): string => [a.place, a.onlineUrl ? '线上' : null].filter(Boolean).join(' / ');

/** Seats: 已报名 n / cap, or n 人已报名 without a limit. */
export const seatsText = (a: Pick<ActivityView, 'enrolment' | 'enrolled' | 'capacity'>): string | null =>
  !a.enrolment ? null : a.capacity === null ? `${a.enrolled} 人已报名` : `已报名 ${a.enrolled}/${a.capacity}`;

export const windowText: Record<ActivityView['window'], string> = { before: '未开始', open: '签到中', after: '已结束' };

/** Where it stands: 已取消 over its window. */
export const stateText = (a: Pick<ActivityView, 'window' | 'cancelled'>): string => (a.cancelled ? '已取消' : windowText[a.window]);
