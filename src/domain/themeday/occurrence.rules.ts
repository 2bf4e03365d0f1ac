import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { atShanghai, SHANGHAI } from '../shared/day.rules';
import type { Plan, PlanRule } from './themeday.schema';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Members may sign in this long before the start (they arrive early; online ones open the page early). */
export const SIGNIN_EARLY_MINUTES = 30;

/** One branch's meeting in one month. Its id is `<branchId>_<YYYY-MM>`: one meeting per branch per month. */
export interface Occurrence {
  id: string;
  branchId: string;
  month: string;
  /** Shanghai calendar day. */
  day: string;
  /** Instants (ms): the meeting itself. */
  start: number;
  end: number;
}

export const occurrenceId = (branchId: string, month: string) => `${branchId}_${month}`;

/** Splits an occurrence id; null when it is not `<branchId>_<YYYY-MM>`. */
export function parseOccurrenceId(id: string): { branchId: string; month: string } | null {
  const m = /^(.+)_(\d{4}-(0[1-9]|1[0-2]))$/.exec(id);
  return m ? { branchId: m[1], month: m[2] } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in `month` (YYYY-MM), leap years included. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day; calendar arithmetic, no timezone involved. */
function isoWeekday(month: string, day: number): number {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The calendar day the rule gives in `month`. A day-of-month past the month's end (31 in April,
 * 29..31 in February) falls on the last day, so a branch never silently misses a month; a 5th
 * weekday the month lacks falls on the last such weekday for the same reason.
 */
export function ruleDay(rule: PlanRule, month: string): string {
  const last = daysInMonth(month);
  if (rule.kind === 'dayOfMonth') return `${month}-${pad(Math.min(rule.day, last))}`;
  const first = 1 + ((rule.weekday - isoWeekday(month, 1) + 7) % 7);
  const lastOne = first + 7 * Math.floor((last - first) / 7);
  const d = rule.n === -1 ? lastOne : Math.min(first + 7 * (rule.n - 1), lastOne);
  return `${month}-${pad(d)}`;
}

/** The meeting of `month`: a hand-set override (holidays) wins over the rule. */
export function occurrenceIn(branchId: string, plan: Plan, month: string, tz: string = SHANGHAI): Occurrence {
  const day = plan.overrides?.find((o) => o.month === month)?.day ?? ruleDay(plan.rule, month);
  const start = atShanghai(day, plan.time, tz);
  return { id: occurrenceId(branchId, month), branchId, month, day, start, end: start + plan.durationMinutes * 60_000 };
}

export const monthAt = (now: number, tz: string = SHANGHAI) => dayjs(now).tz(tz).format('YYYY-MM');

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
}

/**
 * The current or next meeting at `now`: this month's while it has not ended, else next month's.
 * (An override may move a month's meeting earlier than `now`; then next month's is the next.)
 */
export function nextOccurrence(branchId: string, plan: Plan, now: number, tz: string = SHANGHAI): Occurrence {
  const month = monthAt(now, tz);
  const here = occurrenceIn(branchId, plan, month, tz);
  return now < here.end ? here : occurrenceIn(branchId, plan, addMonths(month, 1), tz);
}

/** Sign-in is open from SIGNIN_EARLY_MINUTES before the start until the end (end exclusive). */
export const signinWindow = (o: Pick<Occurrence, 'start' | 'end'>) => ({ opens: o.start - SIGNIN_EARLY_MINUTES * 60_000, closes: o.end });

export function isSigninOpen(o: Pick<Occurrence, 'start' | 'end'>, now: number): boolean {
  const w = signinWindow(o);
  return now >= w.opens && now < w.closes;
}
