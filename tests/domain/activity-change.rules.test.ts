import { changeEvent, changeEventPrefix, noticeableChange } from '../../src/domain/activity/activity-change.rules';

const before = { startAt: 1_000, endAt: 2_000, place: '翠苑社区', onlineUrl: null };

describe('what of an activity edit the enrolled members are told', () => {
  it.each([
    ['nothing they plan around', {}, null],
    ['a longer duration (the end moves)', { endAt: 3_000 }, '时间'],
    ['a new start', { startAt: 1_500, endAt: 2_500 }, '时间'],
    ['a new place', { place: '文三路' }, '地点'],
    ['an online link added (where an online activity happens)', { onlineUrl: 'https://meeting.example.cn/1' }, '地点'],
    ['both', { startAt: 1_500, place: '文三路' }, '时间和地点'],
  ] as const)('%s', (_why, change, told) => {
    expect(noticeableChange(before, { ...before, ...change })).toBe(told);
  });

  it('an absent place reads as none: a stored activity without the field is not a change', () => {
    expect(noticeableChange({ ...before, place: undefined as unknown as null }, { ...before, place: null })).toBeNull();
  });

  it('each edit is its own event, all sharing the activity\'s prefix', () => {
    expect(changeEvent('a1', 5)).not.toBe(changeEvent('a1', 6));
    expect(changeEvent('a1', 5).startsWith(changeEventPrefix('a1'))).toBe(true);
  });
});
