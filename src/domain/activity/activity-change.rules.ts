import type { Activity } from './activity.schema';

type Arrangement = Pick<Activity, 'startAt' | 'endAt' | 'place' | 'onlineUrl'>;

/**
 * What of an edit the enrolled members are told: a change of when (start or end) or where (the
 * place or the online link, which is the place of an online activity). A new title or capacity
 * changes nothing a member plans around, so it tells nobody.
 */
export function noticeableChange(before: Arrangement, after: Arrangement): '时间' | '地点' | '时间和地点' | null {
  const time = before.startAt !== after.startAt || before.endAt !== after.endAt;
  const place = (before.place ?? null) !== (after.place ?? null) || (before.onlineUrl ?? null) !== (after.onlineUrl ?? null);
  if (time && place) return '时间和地点';
  return time ? '时间' : place ? '地点' : null;
}

/**
 * The notice event of one edit: the activity and its edit's instant (its revision). Each edit that
 * changes the arrangement is a new event; a retried edit stores nothing new and tells nobody.
 */
export const changeEvent = (activityId: string, editedAt: number): string => `${changeEventPrefix(activityId)}${editedAt}`;
/** What every change event of one activity starts with (an older edit's notices are found by it). */
export const changeEventPrefix = (activityId: string): string => `${activityId}r`;
