import dayjs from 'dayjs';

/**
 * Contact periods of the gap monitor, in calendar months. Stored in `config/pairing`; these are the
 * defaults: a paired member is contacted at least monthly, a member away for more than 6 months is
 * kept in regular (monthly) contact whether paired or not, and 3 months without contact makes a
 * 失联 candidate.
 */
export interface GapSettings {
  pairedPeriodMonths: number;
  longAwayMonths: number;
  longAwayPeriodMonths: number;
  lostCandidateMonths: number;
}

export const defaultGapSettings: GapSettings = { pairedPeriodMonths: 1, longAwayMonths: 6, longAwayPeriodMonths: 1, lostCandidateMonths: 3 };

/** Stored settings over the defaults; anything missing or not a positive whole number falls back. */
export function gapSettingsOf(stored: Partial<Record<keyof GapSettings, unknown>> | null): GapSettings {
  const pick = (k: keyof GapSettings) => {
    const v = stored?.[k];
    return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 120 ? v : defaultGapSettings[k];
  };
  return { pairedPeriodMonths: pick('pairedPeriodMonths'), longAwayMonths: pick('longAwayMonths'), longAwayPeriodMonths: pick('longAwayPeriodMonths'), lostCandidateMonths: pick('lostCandidateMonths') };
}

/** Calendar months later; a day the target month lacks falls on its last day (01-31 + 1 month = 02-28/29). */
export const addMonths = (day: string, months: number): string => dayjs(day, 'YYYY-MM-DD').add(months, 'month').format('YYYY-MM-DD');

/** Whole days from `from` to `to` (both calendar days). */
export const daysBetween = (from: string, to: string): number => dayjs(to, 'YYYY-MM-DD').diff(dayjs(from, 'YYYY-MM-DD'), 'day');

/** Away for longer than `longAwayMonths` on `today` (outflowDate from the member's record). */
export const isLongAway = (outflowDate: string | null | undefined, today: string, s: GapSettings): boolean =>
  Boolean(outflowDate) && addMonths(outflowDate as string, s.longAwayMonths) < today;

/**
 * The contact period a member must be kept in, or null when no period applies (neither paired nor
 * away long): the shorter one when both apply.
 */
export function contactPeriodMonths(m: { paired: boolean; longAway: boolean }, s: GapSettings): number | null {
  const periods = [m.paired ? s.pairedPeriodMonths : null, m.longAway ? s.longAwayPeriodMonths : null].filter((p): p is number => p !== null);
  return periods.length ? Math.min(...periods) : null;
}

export interface Gap {
  /** The day counting starts from: the last contact, else when the obligation began (paired / joined). */
  from: string;
  gapDays: number;
  /** The last day that still keeps the period; overdue from the next day on. */
  dueDay: string | null;
  overdue: boolean;
  /** No contact for longer than `lostCandidateMonths`: to be checked as 失联 by an organiser. */
  lostCandidate: boolean;
}

/**
 * The gap on `today`: "longer than the period" = after the same calendar day `period` months
 * later, so a contact on 01-31 with a 1-month period is due by 02-28 and overdue on 03-01.
 */
export function gapOf(input: { lastContactDay: string | null; startDay: string; periodMonths: number | null; today: string }, s: GapSettings): Gap {
  const from = input.lastContactDay ?? input.startDay;
  const gapDays = Math.max(0, daysBetween(from, input.today));
  const dueDay = input.periodMonths === null ? null : addMonths(from, input.periodMonths);
  return {
    from,
    gapDays,
    dueDay,
    overdue: dueDay !== null && input.today > dueDay,
    lostCandidate: input.periodMonths !== null && input.today > addMonths(from, s.lostCandidateMonths),
  };
}
