/** 7-field SCF cron read as Asia/Shanghai, and the scheduler firing config.json triggers. */
import { nextFire, parseCron } from '../../localcloud/runner/cron';
import { ok, start } from './helpers';

const sh = (iso: string) => Date.parse(`${iso}+08:00`);

test('daily 09:00 Shanghai', () => {
  const spec = parseCron('0 0 9 * * * *');
  expect(nextFire(spec, sh('2024-05-01T08:59:59'))).toBe(sh('2024-05-01T09:00:00'));
  expect(nextFire(spec, sh('2024-05-01T09:00:00'))).toBe(sh('2024-05-02T09:00:00'));
});

test('steps, ranges, lists and names', () => {
  expect(nextFire(parseCron('*/15 * * * * * *'), sh('2024-05-01T10:00:01'))).toBe(sh('2024-05-01T10:00:15'));
  // every Monday and Friday at 20:30
  const mf = parseCron('0 30 20 * * MON,FRI *');
  expect(nextFire(mf, sh('2024-05-01T00:00:00'))).toBe(sh('2024-05-03T20:30:00')); // 2024-05-03 is a Friday
  // the 1st of each month 08:00 (theme day)
  expect(nextFire(parseCron('0 0 8 1 * * *'), sh('2024-05-15T00:00:00'))).toBe(sh('2024-06-01T08:00:00'));
  expect(nextFire(parseCron('0 0 8 1 JAN-MAR * 2025'), sh('2024-05-15T00:00:00'))).toBe(sh('2025-01-01T08:00:00'));
});

test('malformed expressions are rejected', () => {
  expect(() => parseCron('0 0 9 * * *')).toThrow(/7 fields/);
  expect(() => parseCron('0 0 25 * * * *')).toThrow(/out of range/);
});

test('config.json timer triggers fire on schedule', async () => {
  const cloud = await start({ timers: true }); // fixtures/ticker fires every second
  await new Promise((r) => setTimeout(r, 2300));
  const ticks = await ok(cloud, { op: 'get', coll: 'ticks' });
  await cloud.close();
  expect(ticks.length).toBeGreaterThanOrEqual(1);
  expect(ticks[0].event).toMatchObject({ Type: 'Timer', TriggerName: 'everySecond' });
  expect(ticks[0].openid).toBe('');
});
