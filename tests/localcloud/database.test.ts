/** Database behaviour through the real wx-server-sdk against the local cloud. */
import { ok, op, start } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud;
beforeAll(async () => { cloud = await start(); });
afterAll(() => cloud.close());

const cmd = (name: string, ...args: unknown[]) => ({ $cmd: name, args });

describe('CRUD', () => {
  test('add returns a 32-hex _id, get returns it first, doc get/update/set/remove', async () => {
    const added = await ok(cloud, { op: 'add', coll: 'items', data: { name: '张三', n: 1, nested: { a: 1 } } });
    expect(added._id).toMatch(/^[0-9a-f]{32}$/);
    const doc = await ok(cloud, { op: 'get', coll: 'items', doc: added._id }); // doc().get() gives the record itself
    expect(Object.keys(doc)[0]).toBe('_id');
    expect(doc).toEqual({ _id: added._id, name: '张三', n: 1, nested: { a: 1 } });

    const upd = await ok(cloud, { op: 'update', coll: 'items', doc: added._id, data: { nested: { b: 2 }, n: cmd('inc', 2) } });
    expect(upd.stats.updated).toBe(1);
    const after = await ok(cloud, { op: 'get', coll: 'items', doc: added._id });
    expect(after).toEqual({ _id: added._id, name: '张三', n: 3, nested: { a: 1, b: 2 } }); // nested objects merge (dot paths)

    await ok(cloud, { op: 'set', coll: 'items', doc: added._id, data: { only: true } });
    expect(await ok(cloud, { op: 'get', coll: 'items', doc: added._id })).toEqual({ _id: added._id, only: true });

    const setNew = await ok(cloud, { op: 'set', coll: 'items', doc: 'brand-new', data: { x: 1 } });
    expect(setNew.stats).toEqual({ updated: 0, created: 1 });
    expect(setNew._id).toBe('brand-new');

    const rm = await ok(cloud, { op: 'remove', coll: 'items', doc: added._id });
    expect(rm.stats.removed).toBe(1);
    const gone = await op(cloud, { op: 'get', coll: 'items', doc: added._id });
    expect(gone.error!.errMsg).toMatch(/does not exist/);
    expect(await ok(cloud, { op: 'get', coll: 'items', where: { _id: added._id } })).toEqual([]);
  });

  test('batch add, where().update() and where().remove() touch every match', async () => {
    const r = await ok(cloud, { op: 'add', coll: 'orders', data: [{ k: 'w', v: 1 }, { k: 'w', v: 2 }, { k: 'z', v: 3 }] });
    expect(r._ids).toHaveLength(3);
    const upd = await ok(cloud, { op: 'update', coll: 'orders', where: { k: 'w' }, data: { flag: true } });
    expect(upd.stats.updated).toBe(2);
    expect(await ok(cloud, { op: 'count', coll: 'orders', where: { flag: true } })).toBe(2);
    const rm = await ok(cloud, { op: 'remove', coll: 'orders', where: { k: 'w' } });
    expect(rm.stats.removed).toBe(2);
    expect(await ok(cloud, { op: 'count', coll: 'orders' })).toBe(1);
  });
});

describe('query and update operators', () => {
  beforeAll(async () => {
    await ok(cloud, { op: 'createCollection', coll: 'ops' });
    await ok(cloud, {
      op: 'add', coll: 'ops',
      data: [
        { _id: 'a', n: 1, tags: ['x'], name: 'Alpha', extra: 1 },
        { _id: 'b', n: 5, tags: ['y'], name: 'beta' },
        { _id: 'c', n: 10, tags: ['x', 'y'], name: 'Gamma' },
      ],
    });
  });
  const ids = async (where: unknown) => (await ok(cloud, { op: 'get', coll: 'ops', where, orderBy: [['_id', 'asc']] })).map((d: any) => d._id);

  test('gt / in / neq / exists / or / and', async () => {
    expect(await ids({ n: cmd('gt', 1) })).toEqual(['b', 'c']);
    expect(await ids({ n: cmd('in', [1, 10]) })).toEqual(['a', 'c']);
    expect(await ids({ name: cmd('neq', 'beta') })).toEqual(['a', 'c']);
    expect(await ids({ extra: cmd('exists', true) })).toEqual(['a']);
    expect(await ids(cmd('or', [{ n: 1 }, { n: 10 }]))).toEqual(['a', 'c']);
    expect(await ids({ n: cmd('and', [cmd('gt', 1), cmd('lt', 10)]) })).toEqual(['b']);
    expect(await ids({ tags: 'x' })).toEqual(['a', 'c']);
  });

  test('RegExp (db.RegExp with options)', async () => {
    expect(await ids({ name: { $regexp: { regexp: '^a', options: 'i' } } })).toEqual(['a']);
    expect(await ids({ name: { $regexp: { regexp: 'amma$' } } })).toEqual(['c']);
  });

  test('inc / push / pull / remove / set', async () => {
    await ok(cloud, { op: 'update', coll: 'ops', doc: 'a', data: { n: cmd('inc', 4), tags: cmd('push', ['z']), extra: cmd('remove'), obj: cmd('set', { k: 1 }) } });
    await ok(cloud, { op: 'update', coll: 'ops', doc: 'c', data: { tags: cmd('pull', 'x') } });
    const a = await ok(cloud, { op: 'get', coll: 'ops', doc: 'a' });
    expect(a).toEqual({ _id: 'a', n: 5, tags: ['x', 'z'], name: 'Alpha', obj: { k: 1 } });
    const c = await ok(cloud, { op: 'get', coll: 'ops', doc: 'c' });
    expect(c.tags).toEqual(['y']);
  });

  test('field projection', async () => {
    const docs = await ok(cloud, { op: 'get', coll: 'ops', field: { name: true }, orderBy: [['_id', 'asc']] });
    expect(docs).toEqual([{ _id: 'a', name: 'Alpha' }, { _id: 'b', name: 'beta' }, { _id: 'c', name: 'Gamma' }]);
  });

  test('unknown (geo) operators fail loudly', async () => {
    // db.command.geoWithin etc. serialise to $geoWithin, which the cloud needs a geo index for
    const r = await op(cloud, { op: 'get', coll: 'ops', where: { n: { $cmd: 'geoWithin', args: [{ centerSphere: [[0, 0], 0.1] }] } } });
    expect(r.error).toMatchObject({ errCode: -502002 });
    expect(r.error!.errMsg).toMatch(/geoWithin/);
  });
});

describe('limits: 100 default, 1000 max, orderBy/skip', () => {
  beforeAll(async () => {
    await ok(cloud, { op: 'createCollection', coll: 'many' });
    for (let i = 0; i < 6; i++) {
      const data = Array.from({ length: 200 }, (_, j) => ({ i: i * 200 + j }));
      await ok(cloud, { op: 'add', coll: 'many', data });
    }
  });

  test('get() without limit returns 100; limit(5000) returns 1000; count sees all', async () => {
    expect(await ok(cloud, { op: 'get', coll: 'many' })).toHaveLength(100);
    expect(await ok(cloud, { op: 'get', coll: 'many', limit: 5000 })).toHaveLength(1000);
    expect(await ok(cloud, { op: 'count', coll: 'many' })).toBe(1200);
  });

  test('orderBy desc + skip + limit pages', async () => {
    const page = await ok(cloud, { op: 'get', coll: 'many', orderBy: [['i', 'desc']], skip: 10, limit: 3 });
    expect(page.map((d: any) => d.i)).toEqual([1189, 1188, 1187]);
  });

  test('several orderBy keys apply in order', async () => {
    await ok(cloud, { op: 'createCollection', coll: 'sorted' });
    await ok(cloud, { op: 'add', coll: 'sorted', data: [{ g: 1, v: 'b' }, { g: 2, v: 'a' }, { g: 1, v: 'a' }] });
    const docs = await ok(cloud, { op: 'get', coll: 'sorted', orderBy: [['g', 'desc'], ['v', 'asc']], field: { g: true, v: true, _id: false } });
    expect(docs).toEqual([{ g: 2, v: 'a' }, { g: 1, v: 'a' }, { g: 1, v: 'b' }]);
  });
});

describe('aggregate', () => {
  beforeAll(async () => {
    await ok(cloud, { op: 'createCollection', coll: 'sales' });
    await ok(cloud, { op: 'createCollection', coll: 'shops' });
    await ok(cloud, { op: 'add', coll: 'shops', data: [{ _id: 's1', city: '上海' }, { _id: 's2', city: '杭州' }] });
    await ok(cloud, { op: 'add', coll: 'sales', data: [
      { shop: 's1', amount: 10, items: ['a', 'b'] }, { shop: 's1', amount: 5, items: ['a'] }, { shop: 's2', amount: 7, items: [] },
    ] });
  });

  test('match / group / sort / lookup / unwind', async () => {
    const list = await ok(cloud, { op: 'aggregate', coll: 'sales', stages: [
      ['match', { amount: cmd('gte', 5) }],
      ['group', { _id: '$shop', total: { $agg: 'sum', args: ['$amount'] }, n: { $agg: 'sum', args: [1] } }],
      ['sort', { total: -1 }],
      ['lookup', { from: 'shops', localField: '_id', foreignField: '_id', as: 'shop' }],
      ['unwind', '$shop'],
    ] });
    expect(list).toEqual([
      { _id: 's1', total: 15, n: 2, shop: { _id: 's1', city: '上海' } },
      { _id: 's2', total: 7, n: 1, shop: { _id: 's2', city: '杭州' } },
    ]);
  });

  test('aggregate does not modify stored records', async () => {
    await ok(cloud, { op: 'aggregate', coll: 'shops', stages: [['addFields', { city: 'X' }], ['unwind', '$city']] });
    expect((await ok(cloud, { op: 'get', coll: 'shops', doc: 's1' })).city).toBe('上海');
  });

  test('without a limit stage the cloud returns 20 rows', async () => {
    expect(await ok(cloud, { op: 'aggregate', coll: 'many', stages: [['match', {}]] })).toHaveLength(20);
    expect(await ok(cloud, { op: 'aggregate', coll: 'many', stages: [['match', {}], ['limit', 50]] })).toHaveLength(50);
  });
});

test('serverDate and Date values round-trip as Date', async () => {
  const before = Date.now();
  const { _id } = await ok(cloud, { op: 'add', coll: 'items', data: { at: { $serverDate: {} }, later: { $serverDate: { offset: 60_000 } }, d: { $date: 0 } } });
  const reply = (await cloud.invoke('db', { op: 'get', coll: 'items', doc: _id })) as any;
  const doc = reply.data;
  expect(doc.at).toBeInstanceOf(Date);
  expect(doc.at.getTime()).toBeGreaterThanOrEqual(before);
  expect(doc.later.getTime() - doc.at.getTime()).toBeGreaterThanOrEqual(59_000);
  expect(doc.d).toEqual(new Date(0));
  expect(await ok(cloud, { op: 'count', coll: 'items', where: { at: cmd('gte', { $date: before }) } })).toBe(1);
});

describe('errors a handler sees', () => {
  test('missing collection -> errCode -502005', async () => {
    const r = await op(cloud, { op: 'get', coll: 'no_such' });
    expect(r.ok).toBe(false);
    expect(r.error!.errCode).toBe(-502005);
    const add = await op(cloud, { op: 'add', coll: 'no_such', data: { a: 1 } });
    expect(add.error!.errCode).toBe(-502005);
  });

  test('createCollection then use; creating twice fails', async () => {
    await ok(cloud, { op: 'createCollection', coll: 'fresh' });
    await ok(cloud, { op: 'add', coll: 'fresh', data: { a: 1 } });
    expect((await op(cloud, { op: 'createCollection', coll: 'fresh' })).ok).toBe(false);
  });

  test('duplicate _id on add: -502001 E11000, nothing written', async () => {
    await ok(cloud, { op: 'add', coll: 'items', data: { _id: 'dup', v: 1 } });
    const r = await op(cloud, { op: 'add', coll: 'items', data: { _id: 'dup', v: 2 } });
    expect(r.error!.errCode).toBe(-502001);
    expect(r.error!.errMsg).toMatch(/E11000 duplicate key error collection: items index: _id_ dup key: \{ _id: "dup" \}/);
    expect(await ok(cloud, { op: 'get', coll: 'items', doc: 'dup' })).toEqual({ _id: 'dup', v: 1 });
    // a batch containing one duplicate writes none of its records
    const batch = await op(cloud, { op: 'add', coll: 'items', data: [{ _id: 'fresh1' }, { _id: 'dup' }] });
    expect(batch.ok).toBe(false);
    expect(await ok(cloud, { op: 'count', coll: 'items', where: { _id: 'fresh1' } })).toBe(0);
  });

  test('unique index from collections.json: add and update violations rejected, nothing written', async () => {
    await ok(cloud, { op: 'add', coll: 'members', data: { _id: 'm1', openid: 'o1' } });
    await ok(cloud, { op: 'add', coll: 'members', data: { _id: 'm2', openid: 'o2' } });
    const add = await op(cloud, { op: 'add', coll: 'members', data: { _id: 'm3', openid: 'o1' } });
    expect(add.error!.errCode).toBe(-502001);
    expect(add.error!.errMsg).toContain('index: openid_unique dup key: { openid: "o1" }');
    const upd = await op(cloud, { op: 'update', coll: 'members', doc: 'm2', data: { openid: 'o1' } });
    expect(upd.ok).toBe(false);
    expect(await ok(cloud, { op: 'get', coll: 'members', orderBy: [['_id', 'asc']] })).toEqual([{ _id: 'm1', openid: 'o1' }, { _id: 'm2', openid: 'o2' }]);
    // freeing a key makes it usable again
    await ok(cloud, { op: 'remove', coll: 'members', doc: 'm1' });
    await ok(cloud, { op: 'update', coll: 'members', doc: 'm2', data: { openid: 'o1' } });
    await ok(cloud, { op: 'add', coll: 'members', data: { _id: 'm4', openid: 'o2' } });
  });

  test('record over 16 MiB is refused', async () => {
    const r = await op(cloud, { op: 'add', coll: 'items', data: { big: 'x'.repeat(16 * 1024 * 1024) } });
    expect(r.ok).toBe(false);
    expect(r.error!.errMsg).toMatch(/16 MiB/);
  });
});

test('stats count every database request by action', async () => {
  cloud.stats.reset();
  await ok(cloud, { op: 'get', coll: 'items', limit: 1 });
  await ok(cloud, { op: 'count', coll: 'items' });
  await ok(cloud, { op: 'add', coll: 'items', data: { a: 1 } });
  expect(cloud.stats.dbRequests).toBe(3);
  expect(cloud.stats.byAction).toEqual({ 'database.getDocument': 1, 'database.calculateDocument': 1, 'database.insertDocument': 1 });
});
