import { duesRecordInputSchema } from '../../src/domain/dues/dues.schema';
import {
  arrearsSpan,
  dueMonths,
  duesId,
  duesReminderLine,
  monthRefusal,
  monthsBetween,
  paidOnRefusal,
  roundYuan,
  spanRefusal,
  splitUnpaid,
  unpaidMonths,
} from '../../src/domain/dues/dues.rules';
import { atShanghai } from '../../src/domain/shared/day.rules';

// 2026-12-01 07:30 Shanghai is still 2026-11-30 in UTC: months are Shanghai months.
const now = atShanghai('2026-12-01', '07:30');

describe('dues months', () => {
  it('lists a span inclusive and across a new year, empty when reversed', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
    expect(monthsBetween('2026-06', '2026-05')).toEqual([]);
  });

  it('owes nothing before the month he joined nor after the current month (Shanghai)', () => {
    const joined = atShanghai('2026-09-30', '23:30'); // 2026-09-30 15:30 UTC: September in Shanghai
    expect(dueMonths(joined, '2026-01', '2027-03', now)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    expect(dueMonths(atShanghai('2027-01-05', '09:00'), '2026-01', '2026-12', now)).toEqual([]);
  });

  it('splits unpaid months into arrears and the open current month', () => {
    const unpaid = unpaidMonths(['2026-09', '2026-10', '2026-11', '2026-12'], new Set(['2026-10']));
    expect(unpaid).toEqual(['2026-09', '2026-11', '2026-12']);
    expect(splitUnpaid(unpaid, now)).toEqual({ arrears: ['2026-09', '2026-11'], thisMonth: true });
    expect(splitUnpaid(['2026-09'], now)).toEqual({ arrears: ['2026-09'], thisMonth: false });
  });

  it('uses member_month as the record id', () => {
    expect(duesId('m1', '2026-12')).toBe('m1_2026-12');
  });

  it('accepts prepaying up to a year ahead and backfilling five years, not beyond', () => {
    expect(monthRefusal('2026-12', now)).toBeNull();
    expect(monthRefusal('2027-12', now)).toBeNull();
    expect(monthRefusal('2028-01', now)).toMatch('最多预交到 2027年12月');
    expect(monthRefusal('2021-12', now)).toBeNull();
    expect(monthRefusal('2021-11', now)).toMatch('5 年');
  });

  it('refuses a payment day that has not come yet (Shanghai)', () => {
    expect(paidOnRefusal('2026-12-01', now)).toBeNull();
    expect(paidOnRefusal('2026-12-02', now)).toBe('交纳日期不能晚于今天');
  });

  it('defaults the arrears span to the twelve months up to now and refuses longer or reversed spans', () => {
    expect(arrearsSpan({}, now)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(arrearsSpan({ to: '2026-06' }, now)).toEqual({ from: '2025-07', to: '2026-06' });
    expect(spanRefusal('2026-01', '2026-12')).toBeNull();
    expect(spanRefusal('2025-12', '2026-12')).toMatch('12 个月');
    expect(spanRefusal('2026-12', '2026-01')).toMatch('不能晚于');
  });

  it('adds amounts to the 分', () => {
    expect(roundYuan(0.1 + 0.2)).toBe(0.3);
  });
});

describe('the 提示单 dues line', () => {
  it('is null when nothing is owed', () => {
    expect(duesReminderLine([], now)).toBeNull();
  });
  it('names the current month when only it is open', () => {
    expect(duesReminderLine(['2026-12'], now)).toBe('党费提醒：2026年12月党费尚未交纳，可在主题党日时交给支部。');
  });
  it('lists up to three months of arrears and sums up the rest', () => {
    expect(duesReminderLine(['2026-10', '2026-11'], now)).toBe('党费提醒：您有 2026年10月、2026年11月的党费未交，请在主题党日时向支部补交。');
    const line = duesReminderLine(['2026-07', '2026-08', '2026-09', '2026-10', '2026-12'], now)!;
    expect(line).toContain('2026年7月、2026年8月、2026年9月等 4 个月的党费未交');
    expect(line).toContain('2026年12月党费也尚未交纳');
  });
});

describe('dues record schema', () => {
  const good = { memberId: 'm1', month: '2026-12', amount: 12.5, method: '微信转账' };
  it('accepts amounts in 分 and the known methods', () => {
    expect(duesRecordInputSchema.safeParse(good).success).toBe(true);
    expect(duesRecordInputSchema.safeParse({ ...good, amount: 0.2 }).success).toBe(true);
  });
  it.each([
    ['zero', { amount: 0 }],
    ['negative', { amount: -5 }],
    ['three decimals', { amount: 1.234 }],
    ['too large', { amount: 100_001 }],
    ['a string amount', { amount: '12' }],
    ['an unknown method', { method: '刷卡' }],
    ['a malformed month', { month: '2026-13' }],
    ['an extra field', { byOpenid: 'x' }],
  ])('refuses %s', (_why, over) => {
    expect(duesRecordInputSchema.safeParse({ ...good, ...over }).success).toBe(false);
  });
});
