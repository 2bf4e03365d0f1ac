import { streaks } from '@/domain/study/streak.rules';

const SH = 'Asia/Shanghai';
/** Noon in Shanghai on `day` (04:00 UTC). */
const noon = (day: string) => Date.parse(`${day}T04:00:00Z`);

describe('streaks over Shanghai days', () => {
  it('is zero without check-ins', () => {
    expect(streaks([], noon('2026-05-10'), SH)).toEqual({ current: 0, longest: 0 });
  });

  it('counts a run ending today, and keeps it alive through yesterday', () => {
    const days = ['2026-05-08', '2026-05-09', '2026-05-10'];
    expect(streaks(days, noon('2026-05-10'), SH)).toEqual({ current: 3, longest: 3 });
    expect(streaks(days, noon('2026-05-11'), SH)).toEqual({ current: 3, longest: 3 });
    expect(streaks(days, noon('2026-05-12'), SH)).toEqual({ current: 0, longest: 3 });
  });

  it('ignores duplicates, order and days after today', () => {
    const days = ['2026-05-10', '2026-05-08', '2026-05-09', '2026-05-09', '2026-05-13'];
    expect(streaks(days, noon('2026-05-10'), SH)).toEqual({ current: 3, longest: 3 });
  });

  it('separates the longest run from the current one', () => {
    const days = ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-20', '2026-04-21'];
    expect(streaks(days, noon('2026-04-21'), SH)).toEqual({ current: 2, longest: 4 });
  });

  it('runs across month ends (30- and 31-day months)', () => {
    expect(streaks(['2026-04-29', '2026-04-30', '2026-05-01'], noon('2026-05-01'), SH)).toEqual({ current: 3, longest: 3 });
    expect(streaks(['2026-03-30', '2026-03-31', '2026-04-01'], noon('2026-04-01'), SH)).toEqual({ current: 3, longest: 3 });
    // 04-31 does not exist: 04-30 and 05-01 are neighbours, a made-up day is ignored
    expect(streaks(['2026-04-30', '2026-04-31', '2026-05-01'], noon('2026-05-01'), SH)).toEqual({ current: 2, longest: 2 });
  });

  it('runs across year ends', () => {
    const days = ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'];
    expect(streaks(days, noon('2027-01-02'), SH)).toEqual({ current: 4, longest: 4 });
  });

  it('knows leap years: Feb 29 sits between Feb 28 and Mar 1 only in leap years', () => {
    expect(streaks(['2028-02-28', '2028-02-29', '2028-03-01'], noon('2028-03-01'), SH)).toEqual({ current: 3, longest: 3 });
    expect(streaks(['2028-02-28', '2028-03-01'], noon('2028-03-01'), SH)).toEqual({ current: 1, longest: 1 });
    expect(streaks(['2027-02-28', '2027-03-01'], noon('2027-03-01'), SH)).toEqual({ current: 2, longest: 2 });
  });

  it('takes "today" in Shanghai, not UTC: 2026-12-31T16:30Z is 2027-01-01', () => {
    const now = Date.parse('2026-12-31T16:30:00Z');
    // In Shanghai it is Jan 1: a run ending Dec 31 (yesterday) is still alive, one ending Dec 30 is not.
    expect(streaks(['2026-12-30', '2026-12-31'], now, SH).current).toBe(2);
    expect(streaks(['2026-12-29', '2026-12-30'], now, SH).current).toBe(0);
    // A check-in stamped 2027-01-01 counts as today in Shanghai, but is "tomorrow" for a UTC clock.
    expect(streaks(['2026-12-31', '2027-01-01'], now, SH)).toEqual({ current: 2, longest: 2 });
    expect(streaks(['2026-12-31', '2027-01-01'], now, 'UTC')).toEqual({ current: 1, longest: 1 });
  });

  it('turns at Shanghai midnight (16:00 UTC)', () => {
    const days = ['2026-06-01'];
    expect(streaks(days, Date.parse('2026-06-02T15:59:59Z'), SH).current).toBe(1); // 06-02 23:59:59 Shanghai
    expect(streaks(days, Date.parse('2026-06-02T16:00:00Z'), SH).current).toBe(0); // 06-03 00:00 Shanghai
  });
});
