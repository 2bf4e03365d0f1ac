import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The product's one timezone (DESIGN.md §5): a "day" is a Shanghai calendar day. */
export const SHANGHAI = 'Asia/Shanghai';

/** The calendar day `YYYY-MM-DD` that instant `now` (ms) falls on in `tz`. */
export function dayOf(now: number, tz: string = SHANGHAI): string {
  return dayjs(now).tz(tz).format('YYYY-MM-DD');
}

/** The calendar year that instant `now` (ms) falls in, in `tz` (a Shanghai new year comes 8 hours before UTC's). */
export function yearOf(now: number, tz: string = SHANGHAI): number {
  return Number(dayOf(now, tz).slice(0, 4));
}

/** Instant `at` (ms) as `YYYY-MM-DD HH:mm` in `tz`: how the app shows timestamps. */
export function minuteOf(at: number, tz: string = SHANGHAI): string {
  return dayjs(at).tz(tz).format('YYYY-MM-DD HH:mm');
}

/** The instant (ms) of wall-clock `HH:mm` on calendar day `day` in `tz`. */
export function atShanghai(day: string, time: string, tz: string = SHANGHAI): number {
  return dayjs.tz(`${day} ${time}`, 'YYYY-MM-DD HH:mm', tz).valueOf();
}

/** Whole calendar days from the day `now` falls on (in `tz`) to `day`; negative when past. */
export function daysUntil(day: string, now: number, tz: string = SHANGHAI): number {
  return dayjs.tz(day, 'YYYY-MM-DD', tz).diff(dayjs.tz(dayOf(now, tz), 'YYYY-MM-DD', tz), 'day');
}
