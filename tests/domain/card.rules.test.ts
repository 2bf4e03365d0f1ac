import { lapsingCardsDetail, lapsingCardsEvent } from '../../src/domain/card/card-notice.rules';
import { cardRecordRefusal, cardReminderDue, cardState, expiringBound, shiftDay } from '../../src/domain/card/card.rules';
import { cardRecordInputSchema } from '../../src/domain/card/card.schema';
import { atShanghai } from '../../src/domain/shared/day.rules';

// 00:30 in Shanghai is the previous day in UTC: days are Shanghai days.
const now = atShanghai('2026-12-01', '00:30');

describe('活动证 expiry', () => {
  it('is valid through its date, lapsing from 30 days before, lapsed from the day after', () => {
    expect(cardState(undefined, now)).toBe('none');
    expect(cardState('2027-01-01', now)).toBe('valid'); // 31 days left
    expect(cardState('2026-12-31', now)).toBe('expiring'); // 30
    expect(cardState('2026-12-01', now)).toBe('expiring'); // today is its last day
    expect(cardState('2026-11-30', now)).toBe('expired');
  });

  it('fires the reminder once, on the day 30 days are left', () => {
    expect(cardReminderDue('2026-12-31', now)).toBe(true);
    expect(cardReminderDue('2026-12-30', now)).toBe(false);
    expect(cardReminderDue('2027-01-01', now)).toBe(false);
    expect(cardReminderDue(null, now)).toBe(false);
  });

  it('bounds the lapsing list at the day 30 days on, across a month end', () => {
    expect(expiringBound(now)).toBe('2026-12-31');
    expect(shiftDay(atShanghai('2027-02-27', '23:59'), 2)).toBe('2027-03-01');
  });
});

describe('which card records are allowed', () => {
  const issue = { kind: 'issue' as const, memberId: 'm1', cardNo: 'HZ-2026-01', day: '2026-11-20', validUntil: '2028-11-19' };
  const renew = { kind: 'renew' as const, memberId: 'm1', day: '2026-11-20', validUntil: '2028-12-31' };
  const check = { kind: 'check' as const, memberId: 'm1', year: 2026, day: '2026-11-20', passed: true };

  it('issues to a member without a card or with a lapsed one, not over a valid one', () => {
    expect(cardRecordRefusal(issue, null, now)).toBeNull();
    expect(cardRecordRefusal(issue, '2026-11-30', now)).toBeNull();
    expect(cardRecordRefusal(issue, '2026-12-20', now)).toMatch('请办理换证续期');
  });

  it('renews only an existing card, to a later date', () => {
    expect(cardRecordRefusal(renew, '2026-12-20', now)).toBeNull();
    expect(cardRecordRefusal(renew, null, now)).toMatch('请先发证');
    expect(cardRecordRefusal({ ...renew, validUntil: '2026-12-20' }, '2026-12-20', now)).toMatch('须晚于现有效期');
  });

  it('refuses future days, dates before the day, and validity beyond five years', () => {
    expect(cardRecordRefusal({ ...issue, day: '2026-12-02' }, null, now)).toBe('办理日期不能晚于今天');
    expect(cardRecordRefusal({ ...issue, validUntil: '2026-11-20' }, null, now)).toBe('有效期须晚于办理日期');
    expect(cardRecordRefusal({ ...issue, validUntil: '2032-12-31' }, null, now)).toMatch('最长 5 年');
  });

  it('checks only a card that exists, in or after its year', () => {
    expect(cardRecordRefusal(check, '2027-06-30', now)).toBeNull();
    expect(cardRecordRefusal(check, null, now)).toMatch('尚未办理');
    expect(cardRecordRefusal({ ...check, year: 2027, day: '2026-11-20' }, '2027-06-30', now)).toMatch('年审日期');
  });

  it('refuses a record without a known kind or with a malformed number', () => {
    expect(cardRecordInputSchema.safeParse({ ...issue, kind: 'lose' }).success).toBe(false);
    expect(cardRecordInputSchema.safeParse({ ...issue, cardNo: '编号' }).success).toBe(false);
    expect(cardRecordInputSchema.safeParse({ ...check, passed: 'yes' }).success).toBe(false);
    expect(cardRecordInputSchema.safeParse(issue).success).toBe(true);
  });
});

describe('secretary card notices', () => {
  it('names the set of lapsing cards whatever their order, and a new card makes a new event', () => {
    const a = { memberId: 'm1', activityCardExpiry: '2026-12-31' };
    const b = { memberId: 'm2', activityCardExpiry: '2027-01-02' };
    expect(lapsingCardsEvent([a, b])).toBe(lapsingCardsEvent([b, a]));
    expect(lapsingCardsEvent([a, b])).not.toBe(lapsingCardsEvent([a]));
    // A renewed card (a later expiry) that lapses again is news again.
    expect(lapsingCardsEvent([{ ...a, activityCardExpiry: '2031-12-31' }])).not.toBe(lapsingCardsEvent([a]));
    expect([...lapsingCardsDetail(128)].length).toBeLessThanOrEqual(20);
  });
});
