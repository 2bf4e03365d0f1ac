/** Cloud storage through the real wx-server-sdk (uploadFile, getTempFileURL, downloadFile, deleteFile). */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileOp, start } from './helpers';
import type { LocalCloud } from '../../localcloud/server';

let cloud: LocalCloud;
beforeAll(async () => { cloud = await start(); });
afterAll(() => cloud.close());

const BUCKET = 'cloud://local.6c6f-local-1250000000/';
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('fake png body')]);
const b64 = (b: Buffer) => b.toString('base64');

async function data(c: LocalCloud, event: Record<string, unknown>, openid?: string): Promise<any> {
  const r = await fileOp(c, event, openid);
  if (!r.ok) throw new Error(`${event.op} failed: ${JSON.stringify(r.error)}`);
  return r.data;
}
const upload = (c: LocalCloud, cloudPath: string, bytes: Buffer) => data(c, { op: 'upload', cloudPath, base64: b64(bytes) }).then((d) => d.fileID as string);
const tempUrl = async (c: LocalCloud, fileID: string) => (await data(c, { op: 'tempUrl', fileList: [fileID] }))[0].tempFileURL as string;
const bytesAt = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

test('upload → temp URL → fetch → downloadFile → delete → the URL answers 404', async () => {
  const fileID = await upload(cloud, 'photos/学习 打卡.png', PNG);
  expect(fileID).toBe(`${BUCKET}photos/学习 打卡.png`);

  const [item] = await data(cloud, { op: 'tempUrl', fileList: [fileID] });
  expect(item).toMatchObject({ fileID, status: 0, errMsg: 'ok', maxAge: 86400 });
  expect(item.tempFileURL.startsWith(`${cloud.url}/storage/file/photos/学习 打卡.png?sign=`)).toBe(true);
  const got = await fetch(item.tempFileURL);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);

  const dl = await data(cloud, { op: 'download', fileID });
  expect(dl.isBuffer).toBe(true);
  expect(Buffer.from(dl.base64, 'base64').equals(PNG)).toBe(true);

  expect(await data(cloud, { op: 'delete', fileList: [fileID] })).toEqual([{ fileID, status: 0, errMsg: 'ok' }]);
  const gone = await fetch(item.tempFileURL);
  expect(gone.status).toBe(404);
  expect(await gone.json()).toEqual({ error: { code: 'STORAGE.NOT_FOUND', message: expect.any(String) } });
  expect((await data(cloud, { op: 'tempUrl', fileList: [fileID] }))[0]).toMatchObject({ status: -503003, tempFileURL: '' });
  expect((await fileOp(cloud, { op: 'download', fileID })).error).toMatchObject({ code: 'STORAGE_FILE_NONEXIST' });
  expect((await data(cloud, { op: 'delete', fileList: [fileID] }))[0].status).toBe(-503003);
});

test('an upload to an existing path replaces it; the old bytes are not kept', async () => {
  const fileID = await upload(cloud, 'replace/me.txt', Buffer.from('first'));
  await upload(cloud, 'replace/me.txt', Buffer.from('second'));
  expect((await bytesAt(await tempUrl(cloud, fileID))).toString()).toBe('second');
  expect(cloud.storage.get(fileID)).toMatchObject({ file: { size: 6, contentType: 'text/plain; charset=utf-8', owner: null } });
  const blobs = fs.readdirSync(path.join((cloud as any).dataDir, 'storage', 'blobs'));
  expect(blobs).toHaveLength(cloud.storage.list().length);
});

test('fileIDs of another env or bucket do not resolve', async () => {
  const [item] = await data(cloud, { op: 'tempUrl', fileList: ['cloud://prod-1a2b.7072-prod-1a2b-1300000000/photos/x.png'] });
  expect(item.status).toBe(-503003);
});

test('getTempFileURL and deleteFile take at most 50 files', async () => {
  const ids = Array.from({ length: 51 }, (_, i) => `${BUCKET}n/${i}.png`);
  expect((await fileOp(cloud, { op: 'tempUrl', fileList: ids })).error).toMatchObject({ code: 'INVALID_PARAM' });
  expect((await fileOp(cloud, { op: 'delete', fileList: ids })).error).toMatchObject({ code: 'INVALID_PARAM' });
});

test('cloud paths: traversal, absolute, // and URL-breaking characters are refused', async () => {
  for (const cloudPath of ['../escape.png', 'a/../../escape.png', '/abs.png', 'a//b.png', 'a/./b.png', 'q?.png', 'h#.png', 'p%41.png', 'back\\slash.png', 'dir/']) {
    const r = await fileOp(cloud, { op: 'upload', cloudPath, base64: b64(PNG) });
    expect([cloudPath, r.ok, r.error?.code]).toEqual([cloudPath, false, 'INVALID_PARAM']);
  }
  expect(cloud.storage.list().some((f) => f.cloudPath.includes('escape'))).toBe(false);
  // Raw paths (fetch would normalise them first): never a file outside the bucket.
  for (const raw of ['/storage/file/../../package.json', '/storage/file/%2e%2e/%2e%2e/package.json', '/storage/file/..%2f..%2fpackage.json']) {
    const r = await rawGet(raw);
    expect([raw, r.status === 403 || r.status === 404, r.body.includes('"name"')]).toEqual([raw, true, false]);
  }
});

function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(cloud.url);
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('uploads over the 50 MiB SDK limit fail with EntityTooLarge and store nothing', async () => {
  const r = await fileOp(cloud, { op: 'upload', cloudPath: 'big/video.mp4', size: 50 * 1024 * 1024 + 1 });
  expect(r.ok).toBe(false);
  expect(r.error!.code).toBe('STORAGE_REQUEST_FAIL');
  expect(r.error!.errMsg).toMatch(/EntityTooLarge.*52428800/);
  expect(cloud.storage.get('big/video.mp4')).toBeNull();
  expect(fs.readdirSync(path.join((cloud as any).dataDir, 'storage', 'tmp'))).toEqual([]);
});

describe('signed URLs', () => {
  let fileID: string;
  let url: URL;
  beforeAll(async () => {
    fileID = await upload(cloud, 'signed/a.png', PNG);
    await upload(cloud, 'signed/b.png', PNG);
    url = new URL(await tempUrl(cloud, fileID));
  });
  const status = async (u: URL | string) => {
    const r = await fetch(u);
    return [r.status, r.status === 200 ? 'ok' : (await r.json()).error.code];
  };

  test('a tampered signature, expiry or path is refused', async () => {
    expect(await status(url)).toEqual([200, 'ok']);
    const sig = url.searchParams.get('sign')!;
    const badSig = new URL(url);
    badSig.searchParams.set('sign', (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1));
    expect(await status(badSig)).toEqual([403, 'STORAGE.BAD_SIGNATURE']);
    const later = new URL(url);
    later.searchParams.set('t', String(Number(url.searchParams.get('t')) + 3600));
    expect(await status(later)).toEqual([403, 'STORAGE.BAD_SIGNATURE']);
    expect(await status(url.href.replace('/a.png', '/b.png'))).toEqual([403, 'STORAGE.BAD_SIGNATURE']);
    const unsigned = new URL(url);
    unsigned.search = '';
    expect(await status(unsigned)).toEqual([403, 'STORAGE.BAD_SIGNATURE']);
  });

  test('an expired URL is refused', async () => {
    expect(await status(cloud.storage.tempUrl(fileID, -1))).toEqual([403, 'STORAGE.URL_EXPIRED']);
  });

  test('maxAge from getTempFileURL is honoured (and capped at one day)', async () => {
    const [short, long] = await data(cloud, { op: 'tempUrl', fileList: [{ fileID, maxAge: 1 }, { fileID, maxAge: 7 * 86400 }] });
    expect(long.maxAge).toBe(86400);
    expect(await status(short.tempFileURL)).toEqual([200, 'ok']);
    await new Promise((r) => setTimeout(r, 2100));
    expect(await status(short.tempFileURL)).toEqual([403, 'STORAGE.URL_EXPIRED']);
  });

  test('the COS stand-in refuses a PUT without a valid upload signature', async () => {
    const put = (auth?: string) => fetch(`${cloud.url}/storage/cos/signed/a.png`, { method: 'PUT', body: 'overwrite', headers: auth ? { authorization: auth } : {} });
    const r = await put();
    expect(r.status).toBe(403);
    expect(await r.text()).toMatch(/<Code>SignatureDoesNotMatch<\/Code>.*<RequestId>/s);
    // a GET signature does not authorise a write
    expect((await put(`t=${url.searchParams.get('t')}&sign=${url.searchParams.get('sign')}`)).status).toBe(403);
    expect(cloud.storage.get(fileID)!.bytes.equals(PNG)).toBe(true);
  });
});

describe('persistence', () => {
  test('files and their temp URLs survive a restart and a crash; leftovers of a torn write are swept', async () => {
    const { tempDir } = await import('./helpers');
    const dataDir = tempDir();
    const a = await start({ dataDir });
    const fileID = await upload(a, 'keep/photo.png', PNG);
    const oldUrl = await tempUrl(a, fileID);
    await a.close();

    const b = await start({ dataDir });
    expect((await bytesAt(oldUrl.replace(a.url, b.url))).equals(PNG)).toBe(true);
    expect(Buffer.from((await data(b, { op: 'download', fileID })).base64, 'base64').equals(PNG)).toBe(true);
    await upload(b, 'keep/second.png', PNG);
    await b.kill();

    // a crash mid-write: a temp file and a blob no metadata points at
    const storageDir = path.join(dataDir, 'storage');
    fs.writeFileSync(path.join(storageDir, 'tmp', 'half-written'), 'x');
    fs.writeFileSync(path.join(storageDir, 'blobs', 'orphan'), 'x');
    const c = await start({ dataDir });
    expect(c.storage.list().map((f) => f.cloudPath).sort()).toEqual(['keep/photo.png', 'keep/second.png']);
    expect(fs.readdirSync(path.join(storageDir, 'tmp'))).toEqual([]);
    expect(fs.readdirSync(path.join(storageDir, 'blobs'))).toHaveLength(2);
    expect((await bytesAt(await tempUrl(c, fileID))).equals(PNG)).toBe(true);
    await c.close();
  });
});

describe('H5 client upload: POST /storage/upload', () => {
  const post = (cloudPath: string, body: Buffer, headers: Record<string, string>) =>
    fetch(`${cloud.url}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers, body: new Uint8Array(body) });
  const as = (openid: string, type = 'image/jpeg') => ({ 'x-dev-openid': openid, 'content-type': type });
  const errorOf = async (r: Response) => [r.status, (await r.json()).error.code];

  test('a user uploads under his own prefix; the file keeps owner, type and size; a function can read it', async () => {
    const r = await post('uploads/o_alice/2026-01/1-x.jpg', PNG, as('o_alice', 'image/webp'));
    expect(r.status).toBe(200);
    const { fileID } = await r.json();
    expect(fileID).toBe(`${BUCKET}uploads/o_alice/2026-01/1-x.jpg`);
    expect(cloud.storage.get(fileID)!.file).toMatchObject({ owner: 'o_alice', contentType: 'image/webp', size: PNG.length });
    const shown = await fetch(await tempUrl(cloud, fileID)); // what the H5 <img> loads
    expect(shown.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await shown.arrayBuffer()).equals(PNG)).toBe(true);
  });

  test('exactly 1 MB is accepted, one byte more is 413 STORAGE.TOO_LARGE', async () => {
    expect((await post('uploads/o_alice/max.jpg', Buffer.alloc(1024 * 1024), as('o_alice'))).status).toBe(200);
    expect(await errorOf(await post('uploads/o_alice/big.jpg', Buffer.alloc(1024 * 1024 + 1), as('o_alice')))).toEqual([413, 'STORAGE.TOO_LARGE']);
    expect(cloud.storage.get('uploads/o_alice/big.jpg')).toBeNull();
  });

  test("another user's prefix or any other folder is 403 STORAGE.FORBIDDEN", async () => {
    expect(await errorOf(await post('uploads/o_bob/x.jpg', PNG, as('o_alice')))).toEqual([403, 'STORAGE.FORBIDDEN']);
    expect(await errorOf(await post('avatars/o_alice/x.jpg', PNG, as('o_alice')))).toEqual([403, 'STORAGE.FORBIDDEN']);
    expect(await errorOf(await post('uploads/o_alice2/x.jpg', PNG, as('o_alice')))).toEqual([403, 'STORAGE.FORBIDDEN']);
    expect(await errorOf(await post('uploads/o_alice/../o_bob/x.jpg', PNG, as('o_alice')))).toEqual([400, 'STORAGE.INVALID_PATH']);
    expect(cloud.storage.get('uploads/o_bob/x.jpg')).toBeNull();
  });

  test('no identity is 401; a non-image type is 415; GET is 405', async () => {
    expect(await errorOf(await post('uploads/o_alice/x.jpg', PNG, { 'content-type': 'image/jpeg' }))).toEqual([401, 'AUTH.REQUIRED']);
    expect(await errorOf(await post('uploads/o_alice/x.html', Buffer.from('<script>'), as('o_alice', 'text/html')))).toEqual([415, 'STORAGE.UNSUPPORTED_TYPE']);
    expect(await errorOf(await post('uploads/o_alice/x.gif', PNG, as('o_alice', 'image/gif')))).toEqual([415, 'STORAGE.UNSUPPORTED_TYPE']);
    expect((await fetch(`${cloud.url}/storage/upload`)).status).toBe(405);
  });
});

test('fault storageDown fails every storage call; temp URLs already handed out keep working', async () => {
  const fileID = await upload(cloud, 'down/a.png', PNG);
  const url = await tempUrl(cloud, fileID);
  cloud.faults.storageDown = true;
  try {
    for (const event of [{ op: 'upload', cloudPath: 'down/b.png', base64: b64(PNG) }, { op: 'tempUrl', fileList: [fileID] }, { op: 'download', fileID }, { op: 'delete', fileList: [fileID] }]) {
      expect([event.op, (await fileOp(cloud, event)).error?.code]).toEqual([event.op, 'STORAGE_REQUEST_FAIL']);
    }
    expect((await bytesAt(url)).equals(PNG)).toBe(true);
  } finally {
    cloud.faults.storageDown = false;
  }
  expect(cloud.storage.get('down/b.png')).toBeNull();
  expect((await data(cloud, { op: 'download', fileID })).base64).toBe(b64(PNG));
});

test('LocalCloud.storage.put seeds a file the SDK can read', async () => {
  const fileID = await cloud.storage.put('uploads/o_seed/a.png', PNG, 'o_seed');
  expect(cloud.storage.fileId('uploads/o_seed/a.png')).toBe(fileID);
  expect(Buffer.from((await data(cloud, { op: 'download', fileID })).base64, 'base64').equals(PNG)).toBe(true);
  expect(cloud.storage.get(fileID)!.file).toMatchObject({ owner: 'o_seed', contentType: 'image/png' });
});
