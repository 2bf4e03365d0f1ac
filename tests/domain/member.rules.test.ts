import { normalizeContactStatus } from '@/domain/member/contact-status.rules';
import { diffChanges } from '@/domain/member/history.rules';
import { memberUpdateInputSchema } from '@/domain/member/member.schema';
import { dayOf } from '@/domain/shared/day.rules';

// 2024-03-01 23:59:59 in Shanghai is 15:59:59 UTC; one second later Shanghai is on 2024-03-02.
const beforeMidnight = Date.UTC(2024, 2, 1, 15, 59, 59);
const afterMidnight = Date.UTC(2024, 2, 1, 16, 0, 0);

describe('Shanghai day', () => {
  it('turns at 16:00 UTC', () => {
    expect(dayOf(beforeMidnight)).toBe('2024-03-01');
    expect(dayOf(afterMidnight)).toBe('2024-03-02');
    expect(dayOf(afterMidnight, 'UTC')).toBe('2024-03-01');
  });
});

describe('contact status', () => {
  it('stamps today (Shanghai) when a member is marked 失联 without a date', () => {
    expect(normalizeContactStatus({ status: '正常', lostContactAt: null }, { status: '失联' as const }, afterMidnight)).toEqual({ status: '失联', lostContactAt: '2024-03-02' });
    expect(normalizeContactStatus({ status: '正常', lostContactAt: null }, { status: '失联' as const }, beforeMidnight)).toEqual({ status: '失联', lostContactAt: '2024-03-01' });
  });

  it('keeps an explicit date, and the original date of a member already 失联', () => {
    expect(normalizeContactStatus({ status: '正常' }, { status: '失联' as const, lostContactAt: '2024-02-20' }, afterMidnight).lostContactAt).toBe('2024-02-20');
    expect(normalizeContactStatus({ status: '失联', lostContactAt: '2024-01-05' }, { status: '失联' as const }, afterMidnight).lostContactAt).toBe('2024-01-05');
  });

  it('clears the date when a member is back to 正常', () => {
    expect(normalizeContactStatus({ status: '失联', lostContactAt: '2024-01-05' }, { status: '正常' as const }, afterMidnight)).toEqual({ status: '正常', lostContactAt: null });
  });

  it('leaves changes without a status alone', () => {
    expect(normalizeContactStatus({ status: '失联', lostContactAt: '2024-01-05' }, { employer: 'x' }, afterMidnight)).toEqual({ employer: 'x' });
  });
});

describe('history diff', () => {
  it('keeps only fields whose value changes, with from and to', () => {
    const before = { name: '张三', city: '杭州', tags: ['a'], lostContactAt: null };
    expect(diffChanges(before, { name: '张三', city: '宁波', tags: ['a'], employer: '顺丰' })).toEqual([
      { field: 'city', from: '杭州', to: '宁波' },
      { field: 'employer', from: null, to: '顺丰' },
    ]);
    expect(diffChanges(before, { tags: ['a', 'b'], lostContactAt: null })).toEqual([{ field: 'tags', from: ['a'], to: ['a', 'b'] }]);
  });
});

describe('member update input', () => {
  it('accepts self and organiser fields, rejects unknown and empty changes', () => {
    expect(memberUpdateInputSchema.safeParse({ changes: { employer: 'x', status: '失联' } }).success).toBe(true);
    expect(memberUpdateInputSchema.safeParse({ changes: { openid: 'x' } }).success).toBe(false);
    expect(memberUpdateInputSchema.safeParse({ changes: {} }).success).toBe(false);
  });
});
