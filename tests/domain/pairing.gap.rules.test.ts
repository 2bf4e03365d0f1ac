import { addMonths, contactPeriodMonths, defaultGapSettings as S, gapOf, gapSettingsOf, isLongAway } from '@/domain/pairing/gap.rules';
import { gapReport, gapRowOf, type GapMember } from '@/domain/pairing/gap-report.rules';
import { advancesLastContact, isFutureDay } from '@/domain/pairing/contact.rules';
import { atShanghai } from '@/domain/shared/day.rules';
import type { Pairing } from '@/domain/pairing/pairing.schema';

const gap = (lastContactDay: string | null, today: string, periodMonths: number | null = 1, startDay = '2025-01-01') => gapOf({ lastContactDay, startDay, periodMonths, today }, S);

describe('contact gap rules', () => {
  it('adds calendar months, a missing day falling on the month\'s last', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('is overdue only after the period has passed, across month ends', () => {
    expect(gap('2026-01-31', '2026-02-28')).toMatchObject({ overdue: false, dueDay: '2026-02-28', gapDays: 28 });
    expect(gap('2026-01-31', '2026-03-01')).toMatchObject({ overdue: true, gapDays: 29 });
    expect(gap('2026-12-31', '2027-01-31').overdue).toBe(false);
    expect(gap('2026-12-31', '2027-02-01').overdue).toBe(true);
    expect(gap('2026-02-28', '2026-03-28').overdue).toBe(false);
    expect(gap('2026-02-28', '2026-03-29').overdue).toBe(true);
  });

  it('counts from the start day when there was never a contact, and not at all without a period', () => {
    expect(gap(null, '2026-02-16', 1, '2026-01-15')).toMatchObject({ from: '2026-01-15', overdue: true, gapDays: 32 });
    expect(gap(null, '2026-12-01', null)).toMatchObject({ overdue: false, lostCandidate: false, dueDay: null });
  });

  it('marks a 失联 candidate after lostCandidateMonths without contact', () => {
    expect(gap('2026-01-31', '2026-04-30').lostCandidate).toBe(false);
    expect(gap('2026-01-31', '2026-05-01').lostCandidate).toBe(true);
  });

  it('a contact after the review day leaves no gap', () => {
    expect(gap('2026-03-10', '2026-03-01')).toMatchObject({ gapDays: 0, overdue: false });
  });

  it('keeps members away over 6 months in contact, the shorter period winning', () => {
    expect(isLongAway('2025-06-15', '2025-12-15', S)).toBe(false);
    expect(isLongAway('2025-06-15', '2025-12-16', S)).toBe(true);
    expect(isLongAway(undefined, '2025-12-16', S)).toBe(false);
    const s = { ...S, pairedPeriodMonths: 2, longAwayPeriodMonths: 1 };
    expect(contactPeriodMonths({ paired: true, longAway: false }, s)).toBe(2);
    expect(contactPeriodMonths({ paired: true, longAway: true }, s)).toBe(1);
    expect(contactPeriodMonths({ paired: false, longAway: true }, s)).toBe(1);
    expect(contactPeriodMonths({ paired: false, longAway: false }, s)).toBeNull();
  });

  it('reads stored settings over the defaults, ignoring nonsense', () => {
    expect(gapSettingsOf(null)).toEqual(S);
    expect(gapSettingsOf({ pairedPeriodMonths: 2, lostCandidateMonths: 0, longAwayMonths: '6', longAwayPeriodMonths: 1.5 })).toEqual({ ...S, pairedPeriodMonths: 2 });
  });

  it('takes contact days up to today (Shanghai) and never moves the last contact back', () => {
    // 2026-03-31 23:30 in Shanghai is still 15:30 UTC of the same day; 00:30 on 04-01 is 03-31 in UTC.
    expect(isFutureDay('2026-04-01', atShanghai('2026-03-31', '23:30'))).toBe(true);
    expect(isFutureDay('2026-04-01', atShanghai('2026-04-01', '00:30'))).toBe(false);
    expect(advancesLastContact(null, '2026-01-01')).toBe(true);
    expect(advancesLastContact('2026-01-31', '2026-01-15')).toBe(false);
    expect(advancesLastContact('2026-01-31', '2026-01-31')).toBe(true);
  });
});

describe('gap report', () => {
  const member = (id: string, groupId: string, over: Partial<GapMember> = {}): GapMember => ({ _id: id, name: id, branchId: 'b1', groupId, status: '正常', joinedAt: atShanghai('2026-01-01', '12:00'), ...over });
  const pairing = (memberId: string, cadre: string, lastContactDay: string | null): Pairing => ({
    _id: memberId, memberId, cadreOpenid: cadre, cadreName: cadre.toUpperCase(), branchId: 'b1', groupId: 'g1', since: atShanghai('2026-01-10', '09:00'), lastContactAt: null, lastContactDay,
  });

  it('tallies per cadre and per group, listing overdue (longest first) and unpaired members', () => {
    const today = '2026-03-15';
    const rows = [
      gapRowOf(member('a', 'g1'), pairing('a', 'c1', '2026-03-01'), null, today, S),
      gapRowOf(member('b', 'g1'), pairing('b', 'c1', '2026-01-20'), null, today, S),
      gapRowOf(member('c', 'g1'), pairing('c', 'c2', null), null, today, S),
      gapRowOf(member('d', 'g2', { outflowDate: '2025-01-01' }), undefined, '2026-02-01', today, S),
      gapRowOf(member('e', 'g2'), undefined, null, today, S),
      gapRowOf(member('f', 'g2', { outflowDate: '2025-01-01', status: '失联' }), undefined, '2025-10-01', today, S),
    ];
    const r = gapReport(rows, today, S);
    expect(r.totals).toEqual({ members: 6, paired: 3, overdue: 4, lostCandidates: 0, unpaired: 3, longAway: 2 });
    expect(r.overdue.map((x) => x.memberId)).toEqual(['f', 'c', 'b', 'd']);
    expect(r.byCadre).toEqual([
      { cadreOpenid: 'c1', cadreName: 'C1', members: 2, paired: 2, overdue: 1, lostCandidates: 0 },
      { cadreOpenid: 'c2', cadreName: 'C2', members: 1, paired: 1, overdue: 1, lostCandidates: 0 },
    ]);
    expect(r.byGroup.find((g) => g.groupId === 'g2')).toEqual({ groupId: 'g2', members: 3, paired: 0, unpaired: 3, overdue: 2, lostCandidates: 0 });
    // e is neither paired nor away long: listed as unpaired, but no period applies.
    expect(r.unpaired.find((x) => x.memberId === 'e')).toMatchObject({ periodMonths: null, overdue: false });
    // f was marked 失联 already: overdue, but not a candidate any more.
    expect(rows[5]).toMatchObject({ overdue: true, lostCandidate: false });
    expect(gapReport(rows, today, S, 2).overdue).toHaveLength(2);
  });
});
