/** getWXContext() identity per invocation, isolated across concurrent invocations. */
import { ok, start } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud;
beforeAll(async () => { cloud = await start(); });
afterAll(() => cloud.close());

jest.setTimeout(30_000); // a loaded CI machine: this test is about identity, not speed

test('20 concurrent invocations each see only their own openid', async () => {
  const openids = Array.from({ length: 20 }, (_, i) => `o_user_${i}`);
  const results = await Promise.all(openids.map((o, i) => ok(cloud, { op: 'whoami', pause: (i * 7) % 25 }, o)));
  expect(results.map((r) => r.OPENID)).toEqual(openids);
  expect(results[0].APPID).toBeTruthy();
  const written = await ok(cloud, { op: 'get', coll: 'items', where: { who: { $cmd: 'exists', args: [true] } }, limit: 100 });
  expect(written.map((d: any) => d.who).sort()).toEqual([...openids].sort());
});

test('no identity outside an invocation leaks into process.env', async () => {
  await ok(cloud, { op: 'whoami' }, 'o_leak');
  expect(process.env.WX_OPENID).toBeUndefined();
});

test('cloud.callFunction runs the callee in-process with the caller identity', async () => {
  const r = await ok(cloud, { op: 'call', name: 'db', data: { op: 'echo', x: 1 } }, 'o_caller');
  expect(r).toEqual({ ok: true, data: { event: { op: 'echo', x: 1 }, openid: 'o_caller' } });
});
