import { dayNumber, isCheckinOpen, monthBounds, monthGrid, monthOf, shiftMonth, targetsMember } from '@/domain/study/calendar.rules';

const SH = 'Asia/Shanghai';

describe('month grid (Monday first)', () => {
  const flat = (month: string) => monthGrid(month).flat();

  it('pads with the neighbour months to whole weeks', () => {
    const weeks = monthGrid('2026-12'); // Dec 1 2026 is a Tuesday, Dec 31 a Thursday
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ day: '2026-11-30', inMonth: false });
    expect(weeks[0][1]).toEqual({ day: '2026-12-01', inMonth: true });
    expect(weeks[4][3]).toEqual({ day: '2026-12-31', inMonth: true });
    expect(weeks[4][6]).toEqual({ day: '2027-01-03', inMonth: false });
    expect(flat('2026-12').filter((c) => c.inMonth)).toHaveLength(31);
  });

  it('starts every week on a Monday', () => {
    for (const month of ['2026-01', '2026-02', '2027-02', '2028-02', '2026-11', '2030-09']) {
      for (const week of monthGrid(month)) expect(new Date(`${week[0].day}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });

  it('handles February in leap and common years, and a month that fills exactly four weeks', () => {
    expect(flat('2028-02').filter((c) => c.inMonth).map((c) => c.day).slice(-1)).toEqual(['2028-02-29']);
    expect(flat('2026-02').filter((c) => c.inMonth)).toHaveLength(28);
    // Feb 2027 begins on a Monday and has 28 days: four full weeks, nothing outside
    expect(monthGrid('2027-02')).toHaveLength(4);
    expect(flat('2027-02').every((c) => c.inMonth)).toBe(true);
  });

  it('is six weeks when the month spills (Aug 2026 starts on a Saturday)', () => {
    const weeks = monthGrid('2026-08');
    expect(weeks).toHaveLength(6);
    expect(weeks[0][5]).toEqual({ day: '2026-08-01', inMonth: true });
    expect(weeks[5][0]).toEqual({ day: '2026-08-31', inMonth: true });
  });

  it('lists consecutive days without gaps', () => {
    const days = flat('2026-03').map((c) => dayNumber(c.day));
    days.forEach((n, i) => i && expect(n).toBe(days[i - 1] + 1));
  });
});

describe('months', () => {
  it('takes the Shanghai month: 2026-12-31T16:30Z is already January 2027', () => {
    expect(monthOf(Date.parse('2026-12-31T16:30:00Z'), SH)).toBe('2027-01');
    expect(monthOf(Date.parse('2026-12-31T16:30:00Z'), 'UTC')).toBe('2026-12');
    expect(monthOf(Date.parse('2026-12-31T15:59:59Z'))).toBe('2026-12');
  });

  it('shifts across year ends', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
    expect(shiftMonth('2026-05', 0)).toBe('2026-05');
  });

  it('knows month bounds, leap days included', () => {
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthBounds('2100-02')).toEqual({ first: '2100-02-01', last: '2100-02-28' });
    expect(monthBounds('2026-04').last).toBe('2026-04-30');
  });

  it('rejects impossible days', () => {
    expect(dayNumber('2026-02-30')).toBeNaN();
    expect(dayNumber('2026-13-01')).toBeNaN();
    expect(dayNumber('nope')).toBeNaN();
  });
});

describe('check-in window', () => {
  const push = { publishAt: Date.parse('2026-12-01T02:00:00Z'), dueDay: '2026-12-31' };

  it('opens at publishing and closes after the due day, in Shanghai', () => {
    expect(isCheckinOpen(push, push.publishAt - 1, SH)).toBe(false);
    expect(isCheckinOpen(push, push.publishAt, SH)).toBe(true);
    expect(isCheckinOpen(push, Date.parse('2026-12-31T15:59:59Z'), SH)).toBe(true); // 23:59:59 on the due day
    expect(isCheckinOpen(push, Date.parse('2026-12-31T16:30:00Z'), SH)).toBe(false); // 2027-01-01 00:30 Shanghai
    expect(isCheckinOpen(push, Date.parse('2026-12-31T16:30:00Z'), 'UTC')).toBe(true);
  });
});

describe('audience', () => {
  const at = { branchId: 'b1', groupId: 'g1' };
  it('targets members of the county, of a listed branch, or of a listed group', () => {
    expect(targetsMember({ scope: 'county' }, at)).toBe(true);
    expect(targetsMember({ scope: 'branches', branchIds: ['b2', 'b1'] }, at)).toBe(true);
    expect(targetsMember({ scope: 'branches', branchIds: ['b2'] }, at)).toBe(false);
    expect(targetsMember({ scope: 'groups', groupIds: ['g1'] }, at)).toBe(true);
    expect(targetsMember({ scope: 'groups', groupIds: ['b1'] }, at)).toBe(false);
  });
  it('targets nobody without a placement', () => {
    expect(targetsMember({ scope: 'county' }, null)).toBe(false);
  });
});
