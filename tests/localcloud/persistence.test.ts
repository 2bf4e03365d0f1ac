/** Durability: journal + snapshot, restarts, torn writes, load time at 100k records. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ok, start, tempDir } from './helpers';
import { Journal } from '../../localcloud/store/journal';
import { CollectionStore } from '../../localcloud/store/collection-store';

test('data survives a clean close and restart (snapshot), including Dates', async () => {
  const dataDir = tempDir();
  const a = await start({ dataDir });
  await ok(a, { op: 'add', coll: 'items', data: { _id: 'keep', when: { $date: 1700000000000 }, list: [1, 2] } });
  await ok(a, { op: 'createCollection', coll: 'later' });
  await a.close();
  expect(fs.readFileSync(path.join(dataDir, 'journal.ndjson'), 'utf8')).toBe(''); // compacted on close

  const b = await start({ dataDir });
  expect(await ok(b, { op: 'get', coll: 'items', doc: 'keep' })).toEqual({ _id: 'keep', when: new Date(1700000000000), list: [1, 2] });
  await ok(b, { op: 'add', coll: 'later', data: { a: 1 } }); // the created collection persisted too
  await b.close();
});

test('after a crash every acknowledged write is replayed from the journal; a torn last line is ignored', async () => {
  const dataDir = tempDir();
  const a = await start({ dataDir });
  await ok(a, { op: 'add', coll: 'items', data: { _id: 'one', v: 1 } });
  await ok(a, { op: 'update', coll: 'items', doc: 'one', data: { v: 2 } });
  await ok(a, { op: 'add', coll: 'items', data: { _id: 'two', v: 1 } });
  await ok(a, { op: 'remove', coll: 'items', doc: 'two' });
  await a.kill(); // no compaction: state lives only in the journal
  const journal = path.join(dataDir, 'journal.ndjson');
  const good = fs.readFileSync(journal, 'utf8');
  expect(good.trim().split('\n').filter((l) => !l.includes('createColl'))).toHaveLength(4);
  // a crash in the middle of appending the next batch
  fs.appendFileSync(journal, '{"m":[{"op":"put","coll":"items","doc":{"_id":"torn","v"');

  const b = await start({ dataDir });
  expect(await ok(b, { op: 'get', coll: 'items', orderBy: [['_id', 'asc']] })).toEqual([{ _id: 'one', v: 2 }]);
  // the torn tail was cut off, so new appends start on a clean line and survive the next crash
  expect(fs.readFileSync(journal, 'utf8')).toBe(good);
  await ok(b, { op: 'add', coll: 'items', data: { _id: 'three' } });
  await b.kill();
  const c = await start({ dataDir });
  expect(await ok(c, { op: 'count', coll: 'items' })).toBe(2);
  await c.close();
});

test('a transaction is one journal line: all of it or none of it after a crash', async () => {
  const dataDir = tempDir();
  const a = await start({ dataDir });
  await ok(a, { op: 'txManual', coll: 'orders', data: { _id: 'in-tx', v: 1 } });
  await a.kill();
  const lines = fs.readFileSync(path.join(dataDir, 'journal.ndjson'), 'utf8').trim().split('\n');
  expect(lines.filter((l) => l.includes('in-tx'))).toHaveLength(1);
  const b = await start({ dataDir });
  expect(await ok(b, { op: 'get', coll: 'orders', doc: 'in-tx' })).toEqual({ _id: 'in-tx', v: 1 });
  await b.close();
});

test('100,000 member-sized records load in seconds', async () => {
  const dataDir = tempDir();
  const journal = new Journal(dataDir);
  const store = new CollectionStore(journal);
  store.load();
  store.commit([{ op: 'createColl', coll: 'members' }]);
  for (let b = 0; b < 100; b++) {
    store.commit(Array.from({ length: 1000 }, (_, i) => {
      const n = b * 1000 + i;
      return { op: 'put' as const, coll: 'members', doc: {
        _id: n.toString(16).padStart(32, '0'), openid: `o_${n}`, name: `党员${n}`, phone: '13800000000', branchId: `b${n % 50}`,
        groupId: `g${n % 500}`, city: '上海', status: 'active', tags: ['流动', '务工'], joinedAt: new Date(1700000000000 + n), profile: { edu: '大专', job: '务工' },
      } };
    }));
  }
  store.compact();
  journal.close();

  const t0 = Date.now();
  const cloud = await start({ dataDir });
  const loadMs = Date.now() - t0;
  expect(await ok(cloud, { op: 'count', coll: 'members', where: { branchId: 'b7' } })).toBe(2000);
  const page = await ok(cloud, { op: 'get', coll: 'members', where: { groupId: 'g3' }, orderBy: [['joinedAt', 'desc']], limit: 5 });
  expect(page).toHaveLength(5);
  expect(page[0].joinedAt).toBeInstanceOf(Date);
  await cloud.close();
  expect(loadMs).toBeLessThan(15_000);
  console.log(`100k records: load ${loadMs} ms`);
}, 120_000);
