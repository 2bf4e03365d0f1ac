import type { Placement } from '../auth/grant';
import { dayOf, SHANGHAI } from '../shared/day.rules';
import type { Audience } from './study.schema';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Calendar arithmetic on day strings: a `YYYY-MM-DD` as a count of days since 1970-01-01. Pure
 * calendar maths (UTC midnights), so no timezone is involved once the day is known. NaN when the
 * string is not a real date.
 */
export function dayNumber(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t / DAY_MS : NaN;
}

export function dayOfNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The Shanghai month `YYYY-MM` that instant `now` falls in. */
export const monthOf = (now: number, tz: string = SHANGHAI): string => dayOf(now, tz).slice(0, 7);

/** `month` moved by `delta` months (`2026-12` + 1 = `2027-01`). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** First and last day of a month, for range queries on `day`. */
export function monthBounds(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number);
  return { first: `${month}-01`, last: `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}` };
}

export interface GridCell {
  day: string;
  inMonth: boolean;
}

/** The month as whole weeks, Monday first; leading and trailing days of the neighbour months have `inMonth: false`. */
export function monthGrid(month: string): GridCell[][] {
  const { first, last } = monthBounds(month);
  const firstN = dayNumber(first);
  const lastN = dayNumber(last);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  const start = firstN - ((firstN + 3) % 7);
  const end = lastN + (6 - ((lastN + 3) % 7));
  const weeks: GridCell[][] = [];
  for (let n = start; n <= end; n += 7) {
    weeks.push(Array.from({ length: 7 }, (_, k) => ({ day: dayOfNumber(n + k), inMonth: n + k >= firstN && n + k <= lastN })));
  }
  return weeks;
}

/** A push takes check-ins once published and until the end of its due day (Shanghai). */
export function isCheckinOpen(push: { publishAt: number; dueDay: string }, now: number, tz: string = SHANGHAI): boolean {
  return push.publishAt <= now && dayOf(now, tz) <= push.dueDay;
}

/** Whether a push's audience includes a member placed in `placement` (nobody without one). */
export function targetsMember(audience: Audience, placement: Placement | null): boolean {
  if (!placement) return false;
  switch (audience.scope) {
    case 'county':
      return true;
    case 'branches':
      return audience.branchIds.includes(placement.branchId);
    case 'groups':
      return audience.groupIds.includes(placement.groupId);
    default:
      return false;
  }
}
