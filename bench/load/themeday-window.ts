import { dayOf, minuteOf } from '../../src/domain/shared/day.rules';
import type { Plan } from '../../src/domain/themeday/themeday.schema';

/**
 * A branch plan whose sign-in window is open for the whole run, whatever the hour: the month's
 * meeting is moved (an override, the holiday mechanism) to start 5 minutes ago, or, just after a
 * Shanghai midnight, in 10 minutes (sign-in opens 30 minutes early), and lasts the run plus an hour.
 */
export function planAroundNow(now: number, runSeconds: number): { month: string; plan: Plan } {
  const start = dayOf(now - 5 * 60_000) === dayOf(now) ? now - 5 * 60_000 : now + 10 * 60_000;
  const day = dayOf(start);
  const durationMinutes = Math.min(480, Math.ceil(runSeconds / 60) + 60);
  return { month: day.slice(0, 7), plan: { rule: { kind: 'dayOfMonth', day: 28 }, time: minuteOf(start).slice(11), durationMinutes, overrides: [{ month: day.slice(0, 7), day }] } };
}
