import { dayOf } from '../shared/day.rules';

/** How far back a visit may be logged: the statistics year must still be open to correction. */
export const VISIT_BACKDATE_DAYS = 366;

/**
 * Whether a visit on Shanghai day `day` may be logged at `now`: not in the future, and not more
 * than a year ago (a late entry would move a closed year's figures).
 */
export function visitDayProblem(day: string, now: number): 'future' | 'too_old' | null {
  if (day > dayOf(now)) return 'future';
  if (day < dayOf(now - VISIT_BACKDATE_DAYS * 86_400_000)) return 'too_old';
  return null;
}
