import type { Activity } from './activity.schema';

/**
 * When things may happen around one activity (instants in ms, taken as arguments: no clock here).
 * Sign-in opens 30 minutes before the start, as the theme day's does, and closes at the end.
 * Enrolment closes at the start: who comes is known by then. The summary, photos and volunteer
 * hours are recorded from the start on (the organiser often writes them on the spot).
 */
export const SIGNIN_OPENS_BEFORE_MS = 30 * 60_000;

type Timed = Pick<Activity, 'startAt' | 'endAt'>;

export const signinOpensAt = (a: Timed): number => a.startAt - SIGNIN_OPENS_BEFORE_MS;

export type SigninWindow = 'before' | 'open' | 'after';

export function signinWindow(a: Timed, now: number): SigninWindow {
  if (now < signinOpensAt(a)) return 'before';
  return now < a.endAt ? 'open' : 'after';
}

export const isCancelled = (a: Pick<Activity, 'cancelled'>): boolean => a.cancelled === true;

/** A cancelled activity takes no enrolment or sign-in. */
export const isEnrolmentOpen = (a: Pick<Activity, 'startAt' | 'enrolment' | 'cancelled'>, now: number): boolean => a.enrolment && !isCancelled(a) && now < a.startAt;

/**
 * Changing one's mind happens before the start: a member withdraws his enrolment, the organiser
 * edits or cancels the activity. After the start it has happened (or not) and the record stands.
 */
export const isChangeable = (a: Pick<Activity, 'startAt' | 'cancelled'>, now: number): boolean => !isCancelled(a) && now < a.startAt;

export const canRecordOutcome = (a: Pick<Activity, 'startAt'>, now: number): boolean => now >= a.startAt;

/** How far back an activity may be recorded after the fact, and how far ahead it may be planned. */
export const CREATE_PAST_MS = 90 * 24 * 3_600_000;
export const CREATE_FUTURE_MS = 366 * 24 * 3_600_000;

export const isCreatableStart = (startAt: number, now: number): boolean => startAt >= now - CREATE_PAST_MS && startAt <= now + CREATE_FUTURE_MS;
