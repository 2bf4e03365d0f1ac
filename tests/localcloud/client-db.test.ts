/**
 * The client database is closed (database.rules.json) and the local cloud enforces the rules the
 * way WeChat does: a client-side Taro.cloud.database() call, made through the H5 shim, is refused
 * with errCode -502003 and changes nothing. With owner rules instead, the same evaluator lets a
 * user reach only his own records, so the refusal is a judgement, not a constant.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { start, tempDir } from './helpers';
import { localSdkDb } from '../../localcloud/sdk-db';
import { dumpDatabase } from '../functions/helpers/dump';
import { createH5Cloud, installH5Cloud, CloudDbError } from '../../src/services/h5-cloud';
import type { LocalCloud } from '../../localcloud/server';

const root = path.join(__dirname, '..', '..');
const functionsDir = path.join(root, 'cloudfunctions');
const declared: string[] = JSON.parse(fs.readFileSync(path.join(functionsDir, 'collections.json'), 'utf8')).collections.map((c: { name: string }) => c.name);
const rules = JSON.parse(fs.readFileSync(path.join(root, 'database.rules.json'), 'utf8'));

const DENIED = /^(collection|document)\.\w+:fail -502003 database permission denied \| errMsg: Permission denied$/;

async function refusal(p: Promise<unknown>): Promise<CloudDbError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(CloudDbError);
  return e as CloudDbError;
}

const clientFor = (cloud: LocalCloud, openid: string) => createH5Cloud({ base: () => cloud.url, openid: () => openid }).database();

test('database.rules.json closes every declared collection and opens nothing', () => {
  expect(Object.keys(rules).sort()).toEqual([...declared].sort());
  for (const name of declared) expect(rules[name]).toEqual({ read: false, write: false });
});

describe('the product rules: every client database call is refused', () => {
  let cloud: LocalCloud;
  let memberId: string;
  beforeAll(async () => {
    cloud = await start({ functionsDir });
    const db = localSdkDb();
    memberId = (await db.collection('members').add({ data: { openid: 'o_me', _openid: 'o_me', name: '张三', phone: '13800000000' } }))._id;
    await db.collection('users').add({ data: { _id: 'o_me', _openid: 'o_me', grants: [] } });
    await db.collection('checkins').add({ data: { memberId, _openid: 'o_me', day: '2026-12-01' } });
  });
  afterAll(() => cloud.close());

  test('get, count, add, doc get / update / remove and where-update on declared collections: -502003, nothing changed', async () => {
    const before = await dumpDatabase();
    const db = clientFor(cloud, 'o_me');
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['collection.get', () => db.collection('members').get()],
      ['collection.get', () => db.collection('members').where({ _openid: 'o_me' }).get()],
      ['collection.count', () => db.collection('checkins').count()],
      ['collection.add', () => db.collection('checkins').add({ data: { memberId, day: '2026-12-02' } })],
      ['collection.add', () => db.collection('users').add({ data: { _id: 'o_new', grants: [{ role: 'county' }] } })],
      ['document.get', () => db.collection('members').doc(memberId).get()],
      ['document.update', () => db.collection('members').doc(memberId).update({ data: { phone: '13900000000' } })],
      ['document.update', () => db.collection('users').doc('o_me').update({ data: { grants: [{ role: 'sysadmin' }] } })],
      ['document.remove', () => db.collection('checkins').doc('x').remove()],
      ['collection.update', () => db.collection('branches').where({}).update({ data: { memberCount: 0 } })],
      ['collection.remove', () => db.collection('studyPushes').where({ _openid: 'o_me' }).remove()],
    ];
    for (const [api, run] of calls) {
      const e = await refusal(run());
      expect(e.errCode).toBe(-502003);
      expect(e.errMsg).toMatch(DENIED);
      expect(e.errMsg.startsWith(`${api}:fail`)).toBe(true);
    }
    expect(await dumpDatabase()).toEqual(before);
  });

  test('a caller without identity and an undeclared collection are refused the same way', async () => {
    expect((await refusal(clientFor(cloud, '').collection('members').get())).errCode).toBe(-502003);
    expect((await refusal(clientFor(cloud, 'o_me').collection('no_such').add({ data: { a: 1 } }))).errCode).toBe(-502003);
  });

  test('installH5Cloud fills in a missing Taro.cloud (Taro H5) or one without database, and keeps a real one', async () => {
    for (const h5Taro of [{}, { cloud: class {} }] as Array<{ cloud?: unknown }>) {
      installH5Cloud(h5Taro, { base: () => cloud.url, openid: () => 'o_me' });
      const e = await refusal((h5Taro.cloud as ReturnType<typeof createH5Cloud>).database().collection('members').get());
      expect(e.errCode).toBe(-502003);
    }
    const real = { database: () => 'wx' };
    const weapp: { cloud?: unknown } = { cloud: real };
    installH5Cloud(weapp, { base: () => cloud.url, openid: () => 'o_me' });
    expect(weapp.cloud).toBe(real);
  });
});

describe('owner rules: the evaluator judges records and queries', () => {
  let cloud: LocalCloud;
  let mine: string;
  let theirs: string;
  beforeAll(async () => {
    const rulesFile = path.join(tempDir(), 'database.rules.json');
    fs.writeFileSync(rulesFile, JSON.stringify({
      suggestions: { read: 'doc._openid == auth.openid', write: 'doc._openid == auth.openid' },
      jobs: { read: true, write: false },
      contacts: { read: 'doc._openid == auth.openid || doc.owner == auth.openid', write: 'get(doc.x)' },
    }));
    cloud = await start({ functionsDir, databaseRulesFile: rulesFile });
    const db = localSdkDb();
    mine = (await db.collection('suggestions').add({ data: { _openid: 'o_a', text: 'A 的建议' } }))._id;
    theirs = (await db.collection('suggestions').add({ data: { _openid: 'o_b', text: 'B 的建议' } }))._id;
    await db.collection('jobs').add({ data: { title: '电工' } });
    await db.collection('contacts').add({ data: { _openid: 'o_c', owner: 'o_a', note: '代记' } });
  });
  afterAll(() => cloud.close());

  test('a user reads his own records (query pinned to him, or his doc) and nobody else\'s', async () => {
    const a = clientFor(cloud, 'o_a');
    const got = (await a.collection('suggestions').where({ _openid: 'o_a' }).get()) as { data: Array<{ _id: string; text: string }> };
    expect(got.data.map((d) => d._id)).toEqual([mine]);
    expect(((await a.collection('suggestions').doc(mine).get()) as { data: { text: string } }).data.text).toBe('A 的建议');
    expect(((await a.collection('suggestions').where({ _openid: 'o_a' }).count()) as { total: number }).total).toBe(1);
    // Not pinned to him: could match others' records, so refused rather than filtered.
    expect((await refusal(a.collection('suggestions').get())).errCode).toBe(-502003);
    expect((await refusal(a.collection('suggestions').where({ _openid: 'o_b' }).get())).errCode).toBe(-502003);
    expect((await refusal(a.collection('suggestions').doc(theirs).get())).errCode).toBe(-502003);
    expect((await refusal(clientFor(cloud, '').collection('suggestions').doc(mine).get())).errCode).toBe(-502003);
    // `||`: either field may name him.
    const viaOwner = (await a.collection('contacts').where({ owner: 'o_a' }).get()) as { data: unknown[] };
    expect(viaOwner.data).toHaveLength(1);
  });

  test('writes: he adds (stamped as his), updates and removes his own; others\' stay untouched', async () => {
    const a = clientFor(cloud, 'o_a');
    const added = (await a.collection('suggestions').add({ data: { _openid: 'o_b', text: '新建议' } })) as { _id: string };
    const db = localSdkDb();
    expect((await db.collection('suggestions').doc(added._id).get()).data._openid).toBe('o_a');
    await a.collection('suggestions').doc(added._id).update({ data: { text: '改过' } });
    expect((await db.collection('suggestions').doc(added._id).get()).data.text).toBe('改过');
    expect((await refusal(a.collection('suggestions').doc(theirs).update({ data: { text: '篡改' } }))).errCode).toBe(-502003);
    expect((await refusal(a.collection('suggestions').doc(added._id).update({ data: { _openid: 'o_b' } }))).errCode).toBe(-502003);
    expect((await refusal(a.collection('suggestions').doc(theirs).remove())).errCode).toBe(-502003);
    expect((await db.collection('suggestions').doc(theirs).get()).data.text).toBe('B 的建议');
    await a.collection('suggestions').doc(added._id).remove();
    expect((await db.collection('suggestions').where({ _id: added._id }).count()).total).toBe(0);
  });

  test('true / false and an unsupported expression: public read, closed write, refused', async () => {
    const a = clientFor(cloud, 'o_a');
    expect(((await a.collection('jobs').get()) as { data: unknown[] }).data).toHaveLength(1);
    expect((await refusal(a.collection('jobs').add({ data: { title: 'x' } }))).errCode).toBe(-502003);
    expect((await refusal(clientFor(cloud, 'o_c').collection('contacts').add({ data: { note: 'x' } }))).errCode).toBe(-502003);
    expect((await refusal(a.collection('members').get())).errCode).toBe(-502003); // no rule at all
  });
});
