import { counterKey } from '../../src/domain/themeday/attendance-counters.rules';

describe('counterKey', () => {
  it('names a month as a field without a dash that does not start with a digit', () => {
    expect(counterKey('2026-11')).toBe('m202611');
    expect(counterKey('2027-01')).toBe('m202701');
  });
  it('keeps months apart and in order', () => {
    const keys = ['2026-09', '2026-10', '2026-11', '2027-01'].map(counterKey);
    expect(new Set(keys).size).toBe(4);
    expect([...keys].sort()).toEqual(keys);
  });
});
