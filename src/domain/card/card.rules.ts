import dayjs from 'dayjs';
import { SHANGHAI, dayOf, daysUntil } from '../shared/day.rules';
import type { CardRecordInput } from './card.schema';

/**
 * 活动证 validity: when a card counts as lapsing or lapsed, when its reminder is due, and which
 * records an organiser may add. Pure: `now` and the timezone come in as arguments.
 */

/** A card is due for renewal from this many days before its date (the member's and his secretary's reminder). */
export const CARD_EXPIRY_DAYS = 30;

export type CardState = 'none' | 'valid' | 'expiring' | 'expired';

export const cardStateLabels: Record<CardState, string> = { none: '未办理', valid: '有效', expiring: '即将到期', expired: '已过期' };

export const cardEventLabels = { issue: '发证', renew: '换证续期', check: '年审', profile: '档案登记' } as const;

/** A card is valid through its date (Shanghai): expired from the day after. */
export function cardState(validUntil: string | null | undefined, now: number, tz: string = SHANGHAI): CardState {
  if (!validUntil) return 'none';
  const left = daysUntil(validUntil, now, tz);
  if (left < 0) return 'expired';
  return left <= CARD_EXPIRY_DAYS ? 'expiring' : 'valid';
}

/** The reminder fires once, on the day the card has exactly CARD_EXPIRY_DAYS left. */
export const cardReminderDue = (validUntil: string | null | undefined, now: number, tz: string = SHANGHAI): boolean =>
  !!validUntil && daysUntil(validUntil, now, tz) === CARD_EXPIRY_DAYS;

/** The last day a card may be valid until and still count as lapsing by `now` (`expiring` lists: date ≤ this). */
export const expiringBound = (now: number, tz: string = SHANGHAI): string => shiftDay(now, CARD_EXPIRY_DAYS, tz);

/** The Shanghai day `days` after the day `now` falls on. */
export function shiftDay(now: number, days: number, tz: string = SHANGHAI): string {
  return dayjs(dayOf(now, tz), 'YYYY-MM-DD').add(days, 'day').format('YYYY-MM-DD');
}

/** Longest validity a card may be given in one record (years). */
export const CARD_MAX_YEARS = 5;

/**
 * Why a record cannot be added to a member whose current card runs to `current` (null: it can).
 * An issue needs no valid card (a lapsed one is reissued); a renewal needs a card and moves its
 * date later; a check needs a card. No record is dated in the future.
 */
export function cardRecordRefusal(input: CardRecordInput, current: string | null, now: number, tz: string = SHANGHAI): string | null {
  if (daysUntil(input.day, now, tz) > 0) return '办理日期不能晚于今天';
  if (input.kind === 'check') {
    if (!current) return '该党员尚未办理活动证，不能年审';
    if (Number(input.day.slice(0, 4)) < input.year) return '年审日期须在年审年度内或之后';
    return null;
  }
  if (input.validUntil <= input.day) return '有效期须晚于办理日期';
  if (daysUntil(input.validUntil, now, tz) > CARD_MAX_YEARS * 366) return `有效期最长 ${CARD_MAX_YEARS} 年`;
  const state = cardState(current, now, tz);
  if (input.kind === 'issue' && (state === 'valid' || state === 'expiring')) return '该党员已有有效的活动证，请办理换证续期';
  if (input.kind === 'renew') {
    if (!current) return '该党员尚未办理活动证，请先发证';
    if (input.validUntil <= current) return `续期后的有效期须晚于现有效期 ${current}`;
  }
  return null;
}
