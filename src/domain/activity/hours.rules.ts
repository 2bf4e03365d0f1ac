import type { Activity } from './activity.schema';
import { VOLUNTEER_KIND } from './activity-kinds';

/**
 * Volunteer hours (志愿服务时长): recorded per member who signed in, in half hours, at most the
 * activity's own length rounded up to the half hour (nobody serves longer than it ran). 0 takes an
 * entry back. Counters add half hours, integers, so sums are exact.
 */
export const HOURS_STEP = 0.5;

export const carriesHours = (a: Pick<Activity, 'kind'>): boolean => a.kind === VOLUNTEER_KIND;

/** The most hours one member may be given for `a`. */
export function maxHours(a: Pick<Activity, 'startAt' | 'endAt'>): number {
  return Math.ceil((a.endAt - a.startAt) / 1_800_000) * HOURS_STEP;
}

export type HoursRefusal = 'not_volunteer' | 'step' | 'range';

export function hoursRefusal(a: Pick<Activity, 'kind' | 'startAt' | 'endAt'>, hours: number): HoursRefusal | null {
  if (!carriesHours(a)) return 'not_volunteer';
  if (!Number.isFinite(hours) || Math.round(hours / HOURS_STEP) * HOURS_STEP !== hours) return 'step';
  return hours < 0 || hours > maxHours(a) ? 'range' : null;
}

export const toHalfHours = (hours: number): number => Math.round(hours / HOURS_STEP);
export const fromHalfHours = (halfHours: number): number => halfHours * HOURS_STEP;
