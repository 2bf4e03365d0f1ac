import { dayOf } from '../shared/day.rules';

/** A contact is logged for a Shanghai day that has begun: today or earlier. */
export const isFutureDay = (day: string, now: number, tz?: string): boolean => day > dayOf(now, tz);

/** The month a contact counts in (the dashboard's "contacts this month"). */
export const monthOfDay = (day: string): string => day.slice(0, 7);

/** A contact logged late for an earlier day must not move the pairing's last contact back. */
export const advancesLastContact = (current: string | null, day: string): boolean => current === null || day >= current;
