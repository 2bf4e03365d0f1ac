/**
 * The local cloud's doors: a page in the developer's browser must not reach
 * /admin or /dev/*, and no request line may crash the server.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { start, tempDir } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud & { dataDir: string };
beforeAll(async () => { cloud = await start(); });
afterAll(() => cloud.close());

interface Raw { status: number; body: string }
function request(p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  const u = new URL(cloud.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: p, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** What a hostile page can send without a preflight: a text/plain POST, with its own Origin. */
const sysadminWrite = JSON.stringify({
  action: 'database.insertDocument', collectionName: 'roles',
  data: JSON.stringify([{ _id: 'o_attacker', roles: ['sysadmin'] }]),
});
const token = () => fs.readFileSync(path.join(cloud.dataDir, 'admin-token'), 'utf8').trim();
const signed = (secretId: string) => `TC3-HMAC-SHA256 Credential=${secretId}/2026-12-07/tcb/tc3_request, SignedHeaders=content-type;host, Signature=00`;

test('a start binds to loopback only', async () => {
  await expect(start({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
});

test('/admin refuses a foreign Origin even with the token, and writes nothing', async () => {
  const r = await request('/admin', {
    method: 'POST', body: sysadminWrite,
    headers: { 'content-type': 'text/plain', origin: 'http://evil.example', authorization: signed(token()) },
  });
  expect(r.status).toBe(403);
  expect(JSON.parse(r.body).error.code).toBe('REQUEST.FOREIGN');
  const roles = await cloud.invoke('db', { op: 'get', coll: 'roles', doc: 'o_attacker' }) as { ok: boolean };
  expect(roles.ok).toBe(false);
});

test('/admin and /dev/* refuse a foreign Host (DNS rebinding)', async () => {
  const port = new URL(cloud.url).port;
  expect((await request('/dev/outbox', { headers: { host: `evil.example:${port}` } })).status).toBe(403);
  expect((await request('/admin', { method: 'POST', body: '{}', headers: { host: `evil.example:${port}`, authorization: signed(token()) } })).status).toBe(403);
  expect((await request('/dev/outbox', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  expect((await request('/dev/outbox', { headers: { origin: cloud.url } })).status).toBe(200);
});

test('/admin needs this start\'s token: none or another is refused before the body is read', async () => {
  const listUsers = JSON.stringify({ action: 'database.getDocument', collectionName: 'users', queryType: 'WHERE', query: '{}' });
  for (const authorization of [undefined, signed('local'), signed('0'.repeat(48))]) {
    const r = await request('/admin', { method: 'POST', body: listUsers, headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) } });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toEqual({ code: 'SIGN_PARAM_INVALID', message: expect.any(String) });
  }
  const ok = await request('/admin', { method: 'POST', body: listUsers, headers: { 'content-type': 'application/json', authorization: signed(token()) } });
  expect(JSON.parse(ok.body)).toMatchObject({ data: { list: [] } });
});

test('each start issues a new token; the SDK inside functions and in this process carries it', async () => {
  const other = await start({ dataDir: tempDir() });
  try {
    expect(token()).toMatch(/^[0-9a-f]{48}$/);
    expect(fs.readFileSync(path.join(other.dataDir, 'admin-token'), 'utf8')).not.toBe(token());
    expect(fs.statSync(path.join(other.dataDir, 'admin-token')).mode & 0o077).toBe(0);
    // Both clouds keep answering their own functions' SDK calls.
    expect(await cloud.invoke('db', { op: 'count', coll: 'users' })).toMatchObject({ ok: true });
    expect(await other.invoke('db', { op: 'count', coll: 'users' })).toMatchObject({ ok: true });
  } finally {
    await other.close();
  }
});

function rawRequestLine(line: string): Promise<string> {
  const u = new URL(cloud.url);
  return new Promise((resolve, reject) => {
    const s = net.connect(Number(u.port), u.hostname, () => s.write(`${line}\r\nHost: ${u.host}\r\nConnection: close\r\n\r\n`));
    let got = '';
    s.setTimeout(3000, () => { s.destroy(); resolve('(no answer)'); });
    s.on('data', (c) => (got += c));
    s.on('end', () => resolve(got.split('\r\n')[0]));
    s.on('error', reject);
  });
}

test('a malformed request line is answered 400 and the server stays up', async () => {
  for (const line of ['GET // HTTP/1.1', 'GET //evil.example/x HTTP/1.1', 'GET * HTTP/1.1']) {
    expect(await rawRequestLine(line)).toMatch(/^HTTP\/1\.1 400/);
  }
  expect((await request('/healthz')).status).toBe(200);
});

test('/dev/signin only sends the browser back to its own paths', async () => {
  const backOf = async (q: string) => /var back = ("[^"]*")/.exec((await request(`/dev/signin?back=${q}`)).body)?.[1];
  expect(await backOf('/%5Cevil.example')).toBe('"/"');
  expect(await backOf('//evil.example')).toBe('"/"');
  expect(await backOf('https://evil.example/')).toBe('"/"');
  expect(await backOf('/%09/evil.example')).toBe('"/"');
  expect(await backOf('/%23/pages/me/index%3Fx%3D1')).toBe('"/#/pages/me/index?x=1"');
  expect(await backOf('/%3C/script%3E')).toBe('"/%3C/script%3E"');
});
