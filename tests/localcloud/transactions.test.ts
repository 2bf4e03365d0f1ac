/** Transactions through the SDK's runTransaction / startTransaction. */
import { ok, op, start } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud;
beforeAll(async () => { cloud = await start({ transactionIdleMs: 500 }); });
afterAll(() => cloud.close());

test('commit makes writes visible; staged writes are invisible outside until then', async () => {
  const manual = await ok(cloud, { op: 'txManual', coll: 'orders', data: { _id: 'tx1', v: 1 } });
  expect(manual.seen).toEqual({ _id: 'tx1', v: 1 }); // read-your-writes inside
  expect(manual.outside).toEqual([]); // not committed yet
  expect(await ok(cloud, { op: 'get', coll: 'orders', doc: 'tx1' })).toEqual({ _id: 'tx1', v: 1 });
});

test('rollback writes nothing', async () => {
  await ok(cloud, { op: 'txManual', coll: 'orders', data: { _id: 'tx2', v: 1 }, rollback: true });
  expect(await ok(cloud, { op: 'count', coll: 'orders', where: { _id: 'tx2' } })).toBe(0);
});

test('a throwing runTransaction callback rolls back every staged write', async () => {
  await ok(cloud, { op: 'set', coll: 'counters', doc: 'rb', data: { n: 1 } });
  const r = await op(cloud, { op: 'txThenFail', coll: 'counters', doc: 'rb' });
  expect(r.ok).toBe(false);
  expect(r.error!.message).toBe('boom');
  expect(await ok(cloud, { op: 'get', coll: 'counters', doc: 'rb' })).toEqual({ _id: 'rb', n: 1 });
  expect(await ok(cloud, { op: 'count', coll: 'counters', where: { _id: 'from-failed-tx' } })).toBe(0);
});

test('concurrent read-modify-write transactions on one counter never lose an update: losers conflict with -501001', async () => {
  await ok(cloud, { op: 'set', coll: 'counters', doc: 'c', data: { n: 0 } });
  const runs = await Promise.all(Array.from({ length: 10 }, () => op(cloud, { op: 'incInTx', coll: 'counters', doc: 'c', pause: 5 })));
  const won = runs.filter((r) => r.ok);
  expect(won.length).toBeGreaterThanOrEqual(1);
  for (const r of runs.filter((x) => !x.ok)) expect(r.error!.errCode).toBe(-501001);
  expect(won.map((r) => r.data).sort((a, b) => a - b)).toEqual(Array.from({ length: won.length }, (_, i) => i + 1));
  expect(await ok(cloud, { op: 'get', coll: 'counters', doc: 'c' })).toEqual({ _id: 'c', n: won.length });
});

test('where() inside a transaction fails loudly', async () => {
  const r = await op(cloud, { op: 'txWhere', coll: 'orders' });
  expect(r.ok).toBe(false);
  expect(r.error!.errCode).toBe(-502002);
  expect(r.error!.errMsg).toMatch(/single-document operations only/);
});

test('unique-index violation inside a transaction fails and the transaction writes nothing', async () => {
  await ok(cloud, { op: 'add', coll: 'members', data: { _id: 'tm1', openid: 'tx-o1' } });
  const r = await op(cloud, { op: 'txManual', coll: 'members', data: { _id: 'tm2', openid: 'tx-o1' } });
  expect(r.ok).toBe(false);
  expect(r.error!.errMsg).toMatch(/E11000/);
  expect(await ok(cloud, { op: 'count', coll: 'members', where: { _id: 'tm2' } })).toBe(0);
  // the lock was released (by the idle timeout at worst): writes still work
  await ok(cloud, { op: 'add', coll: 'members', data: { _id: 'tm3', openid: 'tx-o3' } });
});
