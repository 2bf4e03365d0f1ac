/**
 * The local cloud is never kinder than CloudBase: each behaviour here is driven through the
 * unmodified wx-server-sdk and names the documentation it follows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ok, op, start, tempDir } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud;
beforeAll(async () => { cloud = await start({ transactionIdleMs: 2000 }); });
afterAll(() => cloud.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inc = (n: number) => ({ n: { $cmd: 'inc', args: [n] } });
const get = (doc: string) => ok(cloud, { op: 'get', coll: 'counters', doc });

describe('transactions: per-document locks (developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/Database.runTransaction.html; DESIGN.md §6)', () => {
  test('transactions on different documents run at the same time', async () => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'p1', data: { n: 0 } });
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'p2', data: { n: 0 } });
    const t0 = Date.now();
    await Promise.all([
      ok(cloud, { op: 'txHold', coll: 'counters', doc: 'p1', data: inc(1), pause: 400 }),
      ok(cloud, { op: 'txHold', coll: 'counters', doc: 'p2', data: inc(1), pause: 400 }),
    ]);
    expect(Date.now() - t0).toBeLessThan(750); // serial would take 800 ms or more
    expect([(await get('p1')).n, (await get('p2')).n]).toEqual([1, 1]);
  });

  test.each(['update', 'set', 'remove'])('a %s of a document another open transaction wrote fails at once with -501001', async (kind) => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: `h-${kind}`, data: { n: 0 } });
    const holder = ok(cloud, { op: 'txHold', coll: 'counters', doc: `h-${kind}`, data: inc(1), pause: 600 });
    await sleep(100);
    const t0 = Date.now();
    const r = await op(cloud, { op: 'txWrite', kind, coll: 'counters', doc: `h-${kind}`, data: { n: 50 } });
    expect(Date.now() - t0).toBeLessThan(300); // at once, not after the holder
    expect(r.ok).toBe(false);
    expect(r.error!.errCode).toBe(-501001);
    expect(r.error!.errMsg).toMatch(/WriteConflict/);
    await holder;
    expect((await get(`h-${kind}`)).n).toBe(1); // the loser wrote nothing
  });

  test('runTransaction does not retry a conflict raised inside its callback (the SDK retries commit-time conflicts only)', async () => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'rt', data: { n: 0 } });
    const holder = ok(cloud, { op: 'txHold', coll: 'counters', doc: 'rt', data: inc(1), pause: 500 });
    await sleep(100);
    const r = await ok(cloud, { op: 'runTxCountingTries', coll: 'counters', doc: 'rt', data: inc(10) });
    expect(r).toMatchObject({ tries: 1, errCode: -501001 });
    await holder;
    expect((await get('rt')).n).toBe(1);
  });

  test('a transaction writing a document changed since it started conflicts', async () => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'snap', data: { n: 0 } });
    // incInTx reads, pauses, then writes: a plain write lands in the pause.
    const tx = op(cloud, { op: 'incInTx', coll: 'counters', doc: 'snap', pause: 300 });
    await sleep(100);
    await ok(cloud, { op: 'update', coll: 'counters', doc: 'snap', data: inc(10) });
    const r = await tx;
    expect(r.ok).toBe(false);
    expect(r.error!.errCode).toBe(-501001);
    expect((await get('snap')).n).toBe(10); // no lost update
  });

  test('a plain write of a held document waits for the transaction, then applies on top', async () => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'pw', data: { n: 0 } });
    const holder = ok(cloud, { op: 'txHold', coll: 'counters', doc: 'pw', data: inc(1), pause: 400 });
    await sleep(100);
    const t0 = Date.now();
    await ok(cloud, { op: 'update', coll: 'counters', doc: 'pw', data: inc(10) });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
    await holder;
    expect((await get('pw')).n).toBe(11);
  });

  test('reads are never blocked and see the committed state', async () => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'rd', data: { n: 0 } });
    const holder = ok(cloud, { op: 'txHold', coll: 'counters', doc: 'rd', data: inc(1), pause: 500 });
    await sleep(100);
    const t0 = Date.now();
    expect((await get('rd')).n).toBe(0);
    expect(Date.now() - t0).toBeLessThan(200);
    await holder;
    expect((await get('rd')).n).toBe(1);
  });

  test('abort releases the document: the next transaction writes it', async () => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'ab', data: { n: 0 } });
    await ok(cloud, { op: 'txHold', coll: 'counters', doc: 'ab', data: inc(1), pause: 10, rollback: true });
    expect(await ok(cloud, { op: 'txWrite', kind: 'update', coll: 'counters', doc: 'ab', data: inc(5) })).toEqual({ updated: 1 });
    expect((await get('ab')).n).toBe(5);
  });
});

describe('updates MongoDB refuses are refused with -502001 (MongoDB manual: $inc, $push, "Cannot create field"; CloudBase error code -502001)', () => {
  beforeAll(async () => {
    await ok(cloud, { op: 'set', coll: 'counters', doc: 'bad', data: { n: 'three', list: 'x', nil: null, num: 5, obj: { a: 1 } } });
  });
  test.each([
    ['$inc through a null parent', { 'nil.x': { $cmd: 'inc', args: [1] } }, /Cannot create field 'x' in element \{nil: null\}/],
    ['$set through a scalar parent', { 'num.x': 1 }, /Cannot create field 'x' in element \{num: 5\}/],
    ['$inc on a string', { n: { $cmd: 'inc', args: [1] } }, /Cannot apply \$inc to a value of non-numeric type/],
    ['$push on a non-array', { list: { $cmd: 'push', args: [['y']] } }, /must be an array but is of type string/],
  ])('%s', async (_what, data, message) => {
    const r = await op(cloud, { op: 'update', coll: 'counters', doc: 'bad', data });
    expect(r.ok).toBe(false);
    expect(r.error!.errCode).toBe(-502001);
    expect(r.error!.errMsg).toMatch(message);
    expect(await get('bad')).toEqual({ _id: 'bad', n: 'three', list: 'x', nil: null, num: 5, obj: { a: 1 } });
  });
  test('valid updates still apply (nested create under an object, $inc on a missing field)', async () => {
    await ok(cloud, { op: 'update', coll: 'counters', doc: 'bad', data: { obj: { b: 2 }, fresh: { $cmd: 'inc', args: [2] } } });
    expect(await get('bad')).toMatchObject({ obj: { a: 1, b: 2 }, fresh: 2 });
  });
});

describe('function timeouts (config.json `timeout`, default 3 s: developers.weixin.qq.com wxcloud guide functions; DESIGN.md §6)', () => {
  test('an invocation past its timeout is ended: the caller gets the timeout, its later writes never land', async () => {
    const r = cloud.invoke('slow', { pause: 1500, tag: 'late' });
    await expect(r).rejects.toThrow('Invoking task timed out after 1 seconds');
    await sleep(700);
    expect(await ok(cloud, { op: 'count', coll: 'items', where: { tag: 'late' } })).toBe(0);
  });
  test('within the limit it answers normally', async () => {
    expect(await cloud.invoke('slow', { pause: 10, tag: 'fast' })).toEqual({ done: true });
  });
  test('a function with no timeout set gets 3 s', async () => {
    const t0 = Date.now();
    await expect(cloud.invoke('noperm', { op: 'sleepThenWrite', pause: 4000, coll: 'items', data: { tag: 'default' } })).rejects.toThrow('after 3 seconds');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2900);
  });
  test('callFunction of a function that times out fails with FUNCTIONS_EXECUTE_FAIL (wx-server-sdk surfaces errCode -1 for it)', async () => {
    const r = await op(cloud, { op: 'call', name: 'slow', data: { pause: 1500 } });
    expect(r.ok).toBe(false);
    expect(r.error).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL', errCode: -1 });
    expect(r.error!.errMsg).toMatch(/timed out after 1 seconds/);
  });
  test('POST /fn answers 504 FUNCTION.TIMEOUT', async () => {
    const res = await fetch(`${cloud.url}/fn/slow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pause: 1500 }) });
    expect(res.status).toBe(504);
    expect((await res.json()).error.code).toBe('FUNCTION.TIMEOUT');
  });
});

describe('journal: every write checked, a torn line never blocks a start', () => {
  test('a short write (disk full) is refused, cut back, and the next write and restart are clean', async () => {
    const dataDir = tempDir();
    const c1 = await start({ dataDir });
    await ok(c1, { op: 'add', coll: 'items', data: { _id: 'j1' } });
    const { Journal } = await import('../../localcloud/store/journal');
    const orig = Journal.prototype.append;
    let cut = true;
    const spy = jest.spyOn(Journal.prototype, 'append').mockImplementation(function (this: InstanceType<typeof Journal>, batch) {
      if (cut) {
        cut = false;
        const real = this.writer;
        this.writer = (fd, buf, off, len) => { this.writer = real; return real(fd, buf, off, Math.floor(len / 2)) && 0; };
      }
      return orig.call(this, batch);
    });
    const r = await op(c1, { op: 'add', coll: 'items', data: { _id: 'j2' } });
    expect(r.ok).toBe(false);
    spy.mockRestore();
    await ok(c1, { op: 'add', coll: 'items', data: { _id: 'j3' } });
    expect(await ok(c1, { op: 'count', coll: 'items', where: { _id: { $cmd: 'in', args: [['j1', 'j2', 'j3']] } } })).toBe(2);
    await c1.kill();
    const c2 = await start({ dataDir });
    expect((await ok(c2, { op: 'get', coll: 'items', where: { _id: { $cmd: 'in', args: [['j1', 'j2', 'j3']] } } })).map((d: { _id: string }) => d._id).sort()).toEqual(['j1', 'j3']);
    await c2.close();
  });

  test('a torn line in the middle is reported and skipped; the lines around it load', async () => {
    const dataDir = tempDir();
    const c1 = await start({ dataDir });
    await ok(c1, { op: 'add', coll: 'items', data: { _id: 'm1' } });
    await ok(c1, { op: 'add', coll: 'items', data: { _id: 'm2' } });
    await c1.kill();
    const file = path.join(dataDir, 'journal.ndjson');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const i = lines.findIndex((l) => l.includes('"m1"'));
    lines.splice(i, 0, '{"m":[{"op":"put","coll":"items","doc":{"_id":"to');
    fs.writeFileSync(file, lines.join('\n'));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const c2 = await start({ dataDir });
    expect(warn.mock.calls.some(([m]) => /journal line \d+ is unreadable/.test(String(m)))).toBe(true);
    warn.mockRestore();
    expect(await ok(c2, { op: 'count', coll: 'items', where: { _id: { $cmd: 'in', args: [['m1', 'm2']] } } })).toBe(2);
    await c2.close();
  });
});

describe('aggregate lookup as CloudBase takes it (Aggregate.lookup: developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/aggregate/Aggregate.lookup.html)', () => {
  const pipeline = (...stages: [string, unknown][]) => ({ $pipeline: stages });
  beforeAll(async () => {
    await ok(cloud, { op: 'set', coll: 'users', doc: 'o_1', data: { memberId: 'm1', placement: { branchId: 'b1' } } });
    await ok(cloud, { op: 'add', coll: 'orders', data: [{ _id: 'x_m1', memberId: 'm1', push: 'x' }, { _id: 'y_m1', memberId: 'm1', push: 'y' }, { _id: 'x_m2', memberId: 'm2', push: 'x' }] });
  });

  test('one request reads a record and the documents it names: a constant sub-query and one through `let` and `$$` in `expr`', async () => {
    const [row] = await ok(cloud, { op: 'aggregate', coll: 'users', stages: [
      ['match', { _id: 'o_1' }],
      ['lookup', { from: 'orders', pipeline: pipeline(['match', { _id: 'y_m1' }], ['project', { push: 0 }]), as: 'fixed' }],
      ['lookup', { from: 'orders', let: { m: '$memberId' }, pipeline: pipeline(['match', { $cmd: 'expr', args: [{ $agg: 'eq', args: [['$_id', { $agg: 'concat', args: [['x_', '$$m']] }]] }] }]), as: 'mine' }],
      ['lookup', { from: 'orders', localField: 'memberId', foreignField: 'memberId', as: 'all' }],
    ] });
    expect(row.fixed).toEqual([{ _id: 'y_m1', memberId: 'm1' }]);
    expect((await ok(cloud, { op: 'get', coll: 'orders', doc: 'y_m1' })).push).toBe('y'); // the stored record is untouched
    expect(row.mine.map((d: any) => d._id)).toEqual(['x_m1']);
    expect(row.all.map((d: any) => d._id).sort()).toEqual(['x_m1', 'y_m1']);
  });

  test('a point sub-query through `let` finds, for each outer record, its own document', async () => {
    const list = await ok(cloud, { op: 'aggregate', coll: 'orders', stages: [
      ['match', { push: 'x' }],
      ['sort', { _id: 1 }],
      ['lookup', { from: 'orders', let: { m: '$memberId' }, pipeline: pipeline(['match', { $cmd: 'expr', args: [{ $agg: 'eq', args: [['$_id', { $agg: 'concat', args: [['y_', '$$m']] }]] }] }]), as: 'other' }],
    ] });
    expect(list.map((r: any) => [r._id, r.other.map((d: any) => d._id)])).toEqual([['x_m1', ['y_m1']], ['x_m2', []]]);
  });

  test('a `let` may read what an earlier lookup joined (MongoDB: each stage sees the records the stages before it produced)', async () => {
    const viaJoin = (openid: string) => ok(cloud, { op: 'aggregate', coll: 'orders', stages: [
      ['match', { _id: 'x_m2' }],
      ['limit', 1],
      ['lookup', { from: 'users', pipeline: pipeline(['match', { _id: openid }]), as: 'who' }],
      ['lookup', { from: 'orders', let: { m: { $agg: 'arrayElemAt', args: [['$who.memberId', 0]] } }, pipeline: pipeline(['match', { $cmd: 'expr', args: [{ $agg: 'eq', args: [['$_id', { $agg: 'concat', args: [['y_', '$$m']] }]] }] }]), as: 'his' }],
    ] });
    const [found] = await viaJoin('o_1');
    expect([found.who.map((u: any) => u._id), found.his.map((d: any) => d._id)]).toEqual([['o_1'], ['y_m1']]);
    // Nothing joined earlier: the `let` value is missing and the point read finds nothing.
    const [none] = await viaJoin('o_nobody');
    expect([none.who, none.his]).toEqual([[], []]);
  });

  test('the two forms are never mixed (the doc defines each alone; MongoDB before 5.0 refuses the mix)', async () => {
    const r = await op(cloud, { op: 'aggregate', coll: 'users', stages: [
      ['match', { _id: 'o_1' }],
      ['lookup', { from: 'orders', localField: 'memberId', foreignField: 'memberId', pipeline: pipeline(['match', { push: 'x' }]), as: 'mixed' }],
    ] });
    expect(r.ok).toBe(false);
    expect(r.error!.code).toBe('DATABASE_INVALID_OPERRATOR');
  });

  test('the joined collection must exist in the database ("同个数据库下的一个指定的集合")', async () => {
    const r = await op(cloud, { op: 'aggregate', coll: 'users', stages: [['match', { _id: 'o_1' }], ['lookup', { from: 'nowhere', pipeline: pipeline(['match', { a: 1 }]), as: 'x' }]] });
    expect(r.ok).toBe(false);
    expect(r.error!.code).toBe('DATABASE_COLLECTION_NOT_EXIST');
  });

  test('outer fields reach the sub-query only through `let` and `$$` inside `expr` ("在 pipeline 中无法直接访问输入记录的字段")', async () => {
    const [row] = await ok(cloud, { op: 'aggregate', coll: 'users', stages: [
      ['match', { _id: 'o_1' }],
      ['lookup', { from: 'orders', pipeline: pipeline(['match', { memberId: '$memberId' }]), as: 'direct' }],
    ] });
    expect(row.direct).toEqual([]);
  });
});
