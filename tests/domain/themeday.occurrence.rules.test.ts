import { atShanghai } from '../../src/domain/shared/day.rules';
import { addMonths, daysInMonth, isSigninOpen, nextOccurrence, occurrenceIn, parseOccurrenceId, ruleDay } from '../../src/domain/themeday/occurrence.rules';
import { planSchema, themedayPlanInputSchema, type Plan } from '../../src/domain/themeday/themeday.schema';

const plan = (rule: Plan['rule'], over: Partial<Plan> = {}): Plan => ({ rule, time: '09:00', durationMinutes: 120, ...over });
const at = (iso: string) => Date.parse(iso);

describe('ruleDay: day of month', () => {
  it('keeps the day when the month has it', () => {
    expect(ruleDay({ kind: 'dayOfMonth', day: 10 }, '2026-11')).toBe('2026-11-10');
    expect(ruleDay({ kind: 'dayOfMonth', day: 31 }, '2026-12')).toBe('2026-12-31');
  });
  it('falls on the last day of shorter months', () => {
    expect(ruleDay({ kind: 'dayOfMonth', day: 31 }, '2026-04')).toBe('2026-04-30');
    expect(ruleDay({ kind: 'dayOfMonth', day: 31 }, '2026-02')).toBe('2026-02-28');
    expect(ruleDay({ kind: 'dayOfMonth', day: 30 }, '2027-02')).toBe('2027-02-28');
  });
  it('knows leap years (Feb 29 in 2028, not in 2100)', () => {
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
    expect(ruleDay({ kind: 'dayOfMonth', day: 29 }, '2028-02')).toBe('2028-02-29');
    expect(ruleDay({ kind: 'dayOfMonth', day: 31 }, '2028-02')).toBe('2028-02-29');
    expect(ruleDay({ kind: 'dayOfMonth', day: 29 }, '2027-02')).toBe('2027-02-28');
  });
});

describe('ruleDay: nth weekday', () => {
  // 2026-11-01 is a Sunday; November 2026 has five Sundays and five Mondays (29, 30).
  it('finds the first, nth and last weekday', () => {
    expect(ruleDay({ kind: 'nthWeekday', n: 1, weekday: 5 }, '2026-11')).toBe('2026-11-06');
    expect(ruleDay({ kind: 'nthWeekday', n: 1, weekday: 7 }, '2026-11')).toBe('2026-11-01');
    expect(ruleDay({ kind: 'nthWeekday', n: 2, weekday: 1 }, '2026-11')).toBe('2026-11-09');
    expect(ruleDay({ kind: 'nthWeekday', n: -1, weekday: 5 }, '2026-11')).toBe('2026-11-27');
    expect(ruleDay({ kind: 'nthWeekday', n: -1, weekday: 1 }, '2026-11')).toBe('2026-11-30');
  });
  it('takes a 5th weekday when the month has one, else the last (4th)', () => {
    expect(ruleDay({ kind: 'nthWeekday', n: 5, weekday: 7 }, '2026-11')).toBe('2026-11-29');
    expect(ruleDay({ kind: 'nthWeekday', n: 5, weekday: 1 }, '2026-11')).toBe('2026-11-30');
    expect(ruleDay({ kind: 'nthWeekday', n: 5, weekday: 5 }, '2026-11')).toBe('2026-11-27');
  });
  it('handles a leap February: 2028-02-01 is a Tuesday, so Feb 29 is the 5th Tuesday', () => {
    expect(ruleDay({ kind: 'nthWeekday', n: 5, weekday: 2 }, '2028-02')).toBe('2028-02-29');
    expect(ruleDay({ kind: 'nthWeekday', n: -1, weekday: 2 }, '2028-02')).toBe('2028-02-29');
    expect(ruleDay({ kind: 'nthWeekday', n: 5, weekday: 2 }, '2027-02')).toBe('2027-02-23');
  });
});

describe('occurrences', () => {
  const p = plan({ kind: 'dayOfMonth', day: 10 });

  it('gives Shanghai instants: 09:00 Shanghai is 01:00 UTC', () => {
    const o = occurrenceIn('b1', p, '2026-11');
    expect(o).toMatchObject({ id: 'b1_2026-11', day: '2026-11-10', start: at('2026-11-10T01:00:00Z'), end: at('2026-11-10T03:00:00Z') });
  });

  it('is this month until the meeting ends, then next month', () => {
    expect(nextOccurrence('b1', p, at('2026-11-01T00:00:00Z')).day).toBe('2026-11-10');
    expect(nextOccurrence('b1', p, at('2026-11-10T02:59:59Z')).day).toBe('2026-11-10');
    expect(nextOccurrence('b1', p, at('2026-11-10T03:00:00Z')).day).toBe('2026-12-10');
    expect(nextOccurrence('b1', p, at('2026-12-20T00:00:00Z')).id).toBe('b1_2027-01');
  });

  it('reads the month in Shanghai, not UTC: 16:30 UTC on Nov 30 is already December there', () => {
    const p1 = plan({ kind: 'dayOfMonth', day: 1 }, { time: '00:30', durationMinutes: 60 });
    // Dec 1 00:30 Shanghai = Nov 30 16:30 UTC; at 16:00 UTC the December meeting is next.
    expect(nextOccurrence('b1', p1, at('2026-11-30T16:00:00Z'))).toMatchObject({ month: '2026-12', start: at('2026-11-30T16:30:00Z') });
    // A UTC-based month would answer November's (long over) or skip to January.
    expect(nextOccurrence('b1', p1, at('2026-11-30T17:31:00Z')).month).toBe('2027-01');
  });

  it('rolls over the year end', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(nextOccurrence('b1', plan({ kind: 'dayOfMonth', day: 31 }), at('2026-12-31T04:00:00Z')).day).toBe('2027-01-31');
  });

  it('moves a month by hand (holidays) without touching the others', () => {
    const moved = plan({ kind: 'nthWeekday', n: 1, weekday: 4 }, { overrides: [{ month: '2026-10', day: '2026-10-09' }] });
    expect(occurrenceIn('b1', moved, '2026-10').day).toBe('2026-10-09');
    expect(occurrenceIn('b1', moved, '2026-11').day).toBe('2026-11-05');
  });

  it('opens sign-in 30 minutes early and closes at the end', () => {
    const o = occurrenceIn('b1', p, '2026-11');
    expect(isSigninOpen(o, o.start - 31 * 60_000)).toBe(false);
    expect(isSigninOpen(o, o.start - 30 * 60_000)).toBe(true);
    expect(isSigninOpen(o, o.end - 1)).toBe(true);
    expect(isSigninOpen(o, o.end)).toBe(false);
  });

  it('parses occurrence ids', () => {
    expect(parseOccurrenceId('abc_def_2026-11')).toEqual({ branchId: 'abc_def', month: '2026-11' });
    expect(parseOccurrenceId('abc_2026-13')).toBeNull();
    expect(parseOccurrenceId('abc')).toBeNull();
  });

  it('matches atShanghai', () => {
    expect(occurrenceIn('b', plan({ kind: 'dayOfMonth', day: 29 }, { time: '19:30' }), '2028-02').start).toBe(atShanghai('2028-02-29', '19:30'));
  });
});

describe('plan schema refuses impossible rules', () => {
  const bad = [
    { rule: { kind: 'dayOfMonth', day: 0 }, time: '09:00', durationMinutes: 60 },
    { rule: { kind: 'dayOfMonth', day: 32 }, time: '09:00', durationMinutes: 60 },
    { rule: { kind: 'nthWeekday', n: 6, weekday: 1 }, time: '09:00', durationMinutes: 60 },
    { rule: { kind: 'nthWeekday', n: 0, weekday: 1 }, time: '09:00', durationMinutes: 60 },
    { rule: { kind: 'nthWeekday', n: 1, weekday: 8 }, time: '09:00', durationMinutes: 60 },
    { rule: { kind: 'dayOfMonth', day: 10 }, time: '24:00', durationMinutes: 60 },
    { rule: { kind: 'dayOfMonth', day: 10 }, time: '9:00', durationMinutes: 60 },
    { rule: { kind: 'dayOfMonth', day: 10 }, time: '09:00', durationMinutes: 0 },
    { rule: { kind: 'dayOfMonth', day: 10 }, time: '09:00', durationMinutes: 60, overrides: [{ month: '2026-10', day: '2026-11-02' }] },
  ];
  it.each(bad.map((b, i) => [i, b]))('refuses case %i', (_i, b) => {
    expect(planSchema.safeParse(b).success).toBe(false);
  });
  it('accepts a good plan input', () => {
    expect(themedayPlanInputSchema.safeParse({ kind: 'rule', branchId: 'b1', plan: plan({ kind: 'nthWeekday', n: -1, weekday: 5 }) }).success).toBe(true);
  });
});
