import { dayOf, SHANGHAI } from '../shared/day.rules';
import { dayNumber } from './calendar.rules';

export interface Streaks {
  /** Consecutive days ending today, or yesterday (today's check-in may still come); 0 otherwise. */
  current: number;
  /** The longest run of consecutive days ever. */
  longest: number;
}

/**
 * Streaks over Shanghai calendar days `YYYY-MM-DD` (a check-in's `day`). Duplicates and order do
 * not matter; days after today (in `tz` at `now`) are ignored.
 */
export function streaks(days: string[], now: number, tz: string = SHANGHAI): Streaks {
  const today = dayNumber(dayOf(now, tz));
  const sorted = [...new Set(days.map(dayNumber))].filter((n) => Number.isFinite(n) && n <= today).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = sorted[sorted.length - 1];
  const current = last !== undefined && today - last <= 1 ? run : 0;
  return { current, longest };
}
