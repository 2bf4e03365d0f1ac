import { createPacer } from '../../cloudfunctions/shared/platform/rate-pacer';
import { DEFAULT_TIME_LIMIT_MS, timeBudget } from '../../cloudfunctions/shared/platform/time-budget';

/** The budgets every long job takes from the function's real limit, and the request pacer of the fan-out. */
describe('time budget', () => {
  it('stops 15 % before the limit SCF passes in the context', () => {
    const b = timeBudget({ time_limit_in_ms: 60_000 }, 1_000);
    expect(b).toMatchObject({ limitMs: 60_000, deadline: 1_000 + 51_000 });
    expect(b.left(1_000 + 50_000)).toBe(1_000);
    expect(b.left(1_000 + 52_000)).toBe(0);
  });

  it('keeps at least 1.5 s of margin, and assumes the 3 s default without a context', () => {
    expect(timeBudget({ time_limit_in_ms: 5_000 }, 0).deadline).toBe(3_500);
    expect(timeBudget(undefined, 0)).toMatchObject({ limitMs: DEFAULT_TIME_LIMIT_MS, deadline: 1_500 });
    expect(timeBudget({ time_limit_in_ms: Number.NaN }, 0).limitMs).toBe(DEFAULT_TIME_LIMIT_MS);
  });

  it('reads a limit given in seconds (as the SCF local emulator passes it) as seconds', () => {
    expect(timeBudget({ time_limit_in_ms: '60' }, 0)).toMatchObject({ limitMs: 60_000, deadline: 51_000 });
    expect(timeBudget({ time_limit_in_ms: 3 }, 0).limitMs).toBe(3_000);
    expect(timeBudget({ time_limit_in_ms: '20000' }, 0).limitMs).toBe(20_000);
  });
});

describe('request pacer', () => {
  it('lets one second of requests through at once, then spaces them to the rate', async () => {
    let now = 0;
    const pace = createPacer(10, () => now);
    const sleep = jest.spyOn(global, 'setTimeout').mockImplementation(((fn: () => void, ms: number) => {
      now += ms;
      fn();
      return 0 as never;
    }) as never);
    try {
      for (let i = 0; i < 10; i++) await pace();
      expect(now).toBe(0);
      await pace(5);
      expect(now).toBe(500);
      for (let i = 0; i < 20; i++) await pace();
      expect(now).toBe(2_500);
    } finally {
      sleep.mockRestore();
    }
  });
});
