import { dayOf, minuteOf } from '../../../src/domain/shared/day.rules';

/**
 * A theme-day rule whose meeting is on now: the function reads the real clock, so the meeting is put
 * around "now" with a month override (the holiday mechanism): it started 5 minutes ago and lasts 3
 * hours — or, just after midnight, starts in 10 minutes (sign-in opens 30 minutes early) so the
 * meeting stays in today's month. `over` replaces the rule (which
 * places the other months' meetings) or the length.
 */
export function planAroundNow(over: { durationMinutes?: number; rule?: Record<string, unknown> } = {}) {
  const start = dayOf(Date.now() - 5 * 60_000) === dayOf(Date.now()) ? Date.now() - 5 * 60_000 : Date.now() + 10 * 60_000;
  const day = dayOf(start);
  return { month: day.slice(0, 7), plan: { rule: over.rule ?? { kind: 'dayOfMonth', day: 28 }, time: minuteOf(start).slice(11), durationMinutes: over.durationMinutes ?? 180, overrides: [{ month: day.slice(0, 7), day }] } };
}
