/** The stable HTTP contract (DESIGN.md §4) and the dev pages. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { start, tempDir } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud;
let h5Dir: string;
let dataDir: string;
beforeAll(async () => {
  h5Dir = tempDir();
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>云支部</title>');
  fs.mkdirSync(path.join(h5Dir, 'js'));
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.js'), 'console.log(1)');
  cloud = await start({ h5Dir });
  dataDir = (cloud as LocalCloud & { dataDir: string }).dataDir;
});
afterAll(() => cloud.close());

const post = (p: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${cloud.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

test('GET /healthz', async () => {
  const r = await fetch(`${cloud.url}/healthz`);
  expect(r.status).toBe(200);
  expect(await r.json()).toEqual({ ok: true });
});

test('POST /fn/<name> runs the function with X-Dev-Openid as identity', async () => {
  const r = await post('/fn/db', { op: 'echo', x: 1 }, { 'X-Dev-Openid': 'o_http' });
  expect(r.status).toBe(200);
  expect(await r.json()).toEqual({ result: { ok: true, data: { event: { op: 'echo', x: 1 }, openid: 'o_http' } } });
  const anon = await (await post('/fn/db', { op: 'echo' })).json();
  expect(anon.result.data.openid).toBe('');
});

test('POST /fn: unknown function 404, body over 1 MB 413, bad JSON 400', async () => {
  expect((await post('/fn/nope', {})).status).toBe(404);
  expect((await post('/fn/db', { op: 'echo', pad: 'x'.repeat(1024 * 1024) })).status).toBe(413);
  expect((await post('/fn/db', '{not json')).status).toBe(400);
});

test('POST /fn/<name>: a function that throws answers 500 with the message', async () => {
  const r = await post('/fn/crasher', {});
  expect(r.status).toBe(500);
  expect(await r.json()).toEqual({ error: { code: 'FUNCTION.CRASHED', message: 'crashed on purpose' } });
});

test('POST /timer/<name> fires a timer event now', async () => {
  const r = await post('/timer/ticker', {});
  const { result } = await r.json();
  expect(result.got).toMatchObject({ Type: 'Timer', TriggerName: 'everySecond' });
  expect(result.got.Time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

test('GET /dev/outbox, POST /dev/faults, GET /dev/stats', async () => {
  expect(await (await fetch(`${cloud.url}/dev/outbox`)).json()).toEqual([]);
  const f = await post('/dev/faults', { subscribeSend: ['refused'], msgSecRisky: true });
  expect(await f.json()).toEqual({ subscribeSend: ['refused'], msgSecRisky: true });
  expect(cloud.faults.subscribeSend).toEqual(['refused']);
  await post('/fn/db', { op: 'send', touser: 'o' });
  const outbox = await (await fetch(`${cloud.url}/dev/outbox`)).json();
  expect(outbox[0]).toMatchObject({ kind: 'subscribeMessage', result: { errcode: 43101 } });
  const stats = await (await fetch(`${cloud.url}/dev/stats`)).json();
  expect(stats.dbRequests).toBeGreaterThan(0);
});

test('GET /dev/signin lists users from the users collection', async () => {
  await post('/fn/db', { op: 'add', coll: 'users', data: { _id: 'dev_12345678', name: '李<四>' } });
  const r = await fetch(`${cloud.url}/dev/signin?back=/%23/pages/me/index`);
  expect(r.headers.get('content-type')).toMatch(/text\/html/);
  const html = await r.text();
  expect(html).toContain('开发登录');
  expect(html).toContain('dev_12345678');
  expect(html).toContain('李&#60;四&#62;'); // escaped
  expect(html).toContain("localStorage.setItem('devOpenid'");
});

test('static H5 files, index.html at /, no path escapes', async () => {
  const index = await fetch(`${cloud.url}/`);
  expect(index.headers.get('content-type')).toMatch(/text\/html/);
  expect(await index.text()).toContain('云支部');
  expect(await (await fetch(`${cloud.url}/js/app.js`)).text()).toBe('console.log(1)');
  expect((await fetch(`${cloud.url}/../package.json`)).status).toBe(404);
  expect((await fetch(`${cloud.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
});

test('/admin answers unknown actions with a loud error', async () => {
  const token = fs.readFileSync(path.join(dataDir, 'admin-token'), 'utf8');
  const r = await post('/admin', { action: 'storage.batchCopyFile' }, { authorization: `TC3-HMAC-SHA256 Credential=${token}/2026-12-07/tcb/tc3_request` });
  expect(await r.json()).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('not emulated') });
});
