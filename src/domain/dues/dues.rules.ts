import { SHANGHAI, daysUntil } from '../shared/day.rules';
import { addMonths, monthAt } from '../themeday/occurrence.rules';

/**
 * 党费 arithmetic: which months a member owes and what the theme day's 提示单 reminds him of.
 * Pure: `now` and the timezone come in as arguments.
 */

/** Yuan to the 分: sums of two-decimal amounts drift in binary floating point. */
export const roundYuan = (v: number): number => Math.round(v * 100) / 100;

/** The deterministic `_id` of a member's dues for a month: a second record of the month collides. */
export const duesId = (memberId: string, month: string) => `${memberId}_${month}`;

export const subsidyId = (year: number, branchId: string) => `s${year}_${branchId}`;

/** A span asked of the arrears list holds at most this many months. */
export const ARREARS_SPAN_MAX = 12;
/** Dues may be paid ahead (a year at once is common), up to this many months after the current one. */
export const PREPAY_MONTHS = 12;
/** How far back a month may still be recorded (late entries of old receipts). */
export const BACKFILL_MONTHS = 60;

/** `from`..`to` inclusive, in order; empty when `from` is after `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length <= 1200; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** `2026-03` → `2026年3月`. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** Why a month cannot be recorded now (null: it can): too far ahead, or too far back. */
export function monthRefusal(month: string, now: number, tz: string = SHANGHAI): string | null {
  const current = monthAt(now, tz);
  if (month > addMonths(current, PREPAY_MONTHS)) return `最多预交到 ${monthLabel(addMonths(current, PREPAY_MONTHS))}`;
  if (month < addMonths(current, -BACKFILL_MONTHS)) return `只能补记 ${BACKFILL_MONTHS / 12} 年内的党费`;
  return null;
}

/** Why a payment day is refused (null: fine): a day that has not come yet. */
export const paidOnRefusal = (day: string, now: number, tz: string = SHANGHAI): string | null =>
  daysUntil(day, now, tz) > 0 ? '交纳日期不能晚于今天' : null;

/**
 * The months a member owes dues for within `from`..`to`: none before the month he joined the app
 * (his earlier dues were his old organisation's to collect) and none after the current month
 * (dues fall due month by month; paying ahead is allowed, owing ahead is not).
 */
export function dueMonths(joinedAt: number, from: string, to: string, now: number, tz: string = SHANGHAI): string[] {
  const start = [from, monthAt(joinedAt, tz)].sort()[1];
  const end = [to, monthAt(now, tz)].sort()[0];
  return monthsBetween(start, end);
}

/** The due months without a record. */
export const unpaidMonths = (due: string[], paid: ReadonlySet<string>): string[] => due.filter((m) => !paid.has(m));

/**
 * Arrears (欠缴) proper: unpaid months before the current one. The current month is still open;
 * it shows as 本月未交, not as arrears.
 */
export function splitUnpaid(unpaid: string[], now: number, tz: string = SHANGHAI): { arrears: string[]; thisMonth: boolean } {
  const current = monthAt(now, tz);
  return { arrears: unpaid.filter((m) => m < current), thisMonth: unpaid.includes(current) };
}

/** Months shown one by one in a reminder; more are summed up as "等 N 个月". */
const LISTED = 3;

/**
 * The line the theme day's 提示单 shows a member about his dues (null: nothing owed). The theme
 * day is the monthly occasion to hand dues in, so the line names this month and any arrears.
 */
export function duesReminderLine(unpaid: string[], now: number, tz: string = SHANGHAI): string | null {
  const { arrears, thisMonth } = splitUnpaid(unpaid, now, tz);
  if (!arrears.length && !thisMonth) return null;
  const current = monthLabel(monthAt(now, tz));
  if (!arrears.length) return `党费提醒：${current}党费尚未交纳，可在主题党日时交给支部。`;
  const listed = arrears.slice(0, LISTED).map(monthLabel).join('、');
  const more = arrears.length > LISTED ? `等 ${arrears.length} 个月` : '';
  return `党费提醒：您有 ${listed}${more}的党费未交${thisMonth ? `，${current}党费也尚未交纳` : ''}，请在主题党日时向支部补交。`;
}

/** The default arrears span: the twelve months up to `to` (the current month by default). */
export function arrearsSpan(input: { from?: string; to?: string }, now: number, tz: string = SHANGHAI): { from: string; to: string } {
  const to = input.to ?? monthAt(now, tz);
  return { from: input.from ?? addMonths(to, -(ARREARS_SPAN_MAX - 1)), to };
}

/** Why an arrears span is refused (null: fine). */
export function spanRefusal(from: string, to: string): string | null {
  if (from > to) return '起始月份不能晚于结束月份';
  if (monthsBetween(from, to).length > ARREARS_SPAN_MAX) return `一次最多查询 ${ARREARS_SPAN_MAX} 个月`;
  return null;
}
