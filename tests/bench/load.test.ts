import { ensureFunctionsBuilt } from '../functions/helpers/cloud';
import { isLoopbackUrl } from '../../bench/load/loopback';
import { optionsFromEnv, runLoad } from '../../bench/load/run';
import type { LoadReport } from '../../bench/load/report';

jest.setTimeout(60_000);

/** A short real run of `npm run load` (20 members, 8 s, own local cloud process): the report must add up. */
describe('load script', () => {
  let report: LoadReport;
  beforeAll(async () => {
    ensureFunctionsBuilt();
    report = await runLoad({ members: 20, seconds: 8, thinkMs: 300, seed: 7 });
  });

  it('counts every request once, per action and overall', () => {
    const actions = Object.values(report.load.actions);
    expect(report.load.requests).toBeGreaterThan(100);
    expect(report.load.requests).toBe(actions.reduce((s, a) => s + a.count, 0));
    expect(report.load.requests).toBe(report.load.ok + report.load.expected + report.load.failures);
    for (const a of actions) expect(a.count).toBe(a.ok + a.expected + a.failures);
    expect(report.load.throughput).toBeCloseTo(report.load.requests / report.load.seconds, 0);
    expect(Object.keys(report.load.actions)).toEqual(expect.arrayContaining(['member.join', 'member.me', 'study.list', 'study.get', 'checkin.submit', 'checkin.mine', 'themeday.current', 'themeday.signin', 'member.list', 'checkin.stats', 'themeday.attendance', 'stats.dashboard']));
  });

  it('orders the latency figures', () => {
    for (const a of [report.load.overall, ...Object.values(report.load.actions)]) {
      expect(a.p50).toBeLessThanOrEqual(a.p95);
      expect(a.p95).toBeLessThanOrEqual(a.p99);
      expect(a.p99).toBeLessThanOrEqual(a.max);
    }
  });

  it('joins every member once, keeps every acknowledged write and has no failure', () => {
    expect(report.load.actions['member.join'].ok).toBeGreaterThanOrEqual(20);
    expect(report.load.failures).toBe(0);
    expect(report.integrity.checks.filter((c) => !c.ok)).toEqual([]);
    // Both read-backs ran: through the actions and from the data folder.
    expect(report.integrity.checks.some((c) => c.name.startsWith('actions:'))).toBe(true);
    expect(report.integrity.checks.some((c) => c.name.startsWith('data:'))).toBe(true);
    expect(report.ok).toBe(true);
  });

  it('counts replayed sign-ins as expected refusals, not failures', () => {
    const expected = Object.entries(report.load.errors.expected);
    expect(expected.every(([k]) => k === 'themeday.signin THEMEDAY.ALREADY_SIGNED')).toBe(true);
    expect(report.load.expected).toBe(expected.reduce((s, [, n]) => s + n, 0));
  });
});

describe('load script bounds', () => {
  it('refuses a target that is not on the loopback interface', async () => {
    await expect(runLoad({ members: 1, seconds: 1, thinkMs: 100, seed: 1, url: 'http://example.com:8787' })).rejects.toThrow(/refusing to load/);
    await expect(runLoad({ members: 1, seconds: 1, thinkMs: 100, seed: 1, url: 'http://10.0.0.5:8787' })).rejects.toThrow(/loopback/);
    expect(isLoopbackUrl('http://127.0.0.1:8787')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:8787')).toBe(true);
    expect(isLoopbackUrl('http://localhost:1')).toBe(true);
    expect(isLoopbackUrl('http://127.0.0.1.example.com')).toBe(false);
    expect(isLoopbackUrl('https://127.0.0.1')).toBe(false);
  });

  it('caps the duration at 10 minutes and rejects nonsense', () => {
    expect(optionsFromEnv({ LOAD_SECONDS: '3600' }).seconds).toBe(600);
    expect(optionsFromEnv({})).toMatchObject({ members: 200, seconds: 180 });
    expect(() => optionsFromEnv({ LOAD_MEMBERS: 'many' })).toThrow(/LOAD_MEMBERS/);
  });
});
