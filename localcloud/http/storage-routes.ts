/**
 * Storage over HTTP:
 * - `PUT /storage/cos/<path>`: plays COS for cloud.uploadFile (URL + authorization from
 *   getUploadMetadata); answers as COS does: empty 200, or an XML <Error> the SDK turns into an error.
 * - `GET|HEAD /storage/file/<path>?sign=&t=`: temp URLs (getTempFileURL, downloadFile, H5 <img>).
 * - `POST /storage/upload?cloudPath=`: the H5 build's stand-in for wx.cloud.uploadFile, checked
 *   against the storage rule we deploy (a user writes only under uploads/<his openid>/).
 * Refusals are answered after draining the body: answering mid-upload makes clients see a reset
 * connection instead of the error.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkCloudPath } from '../storage/cloud-path';
import { FileTooLarge } from '../storage/file-store';
import { CLIENT_IMAGE_MAX_BYTES, CLIENT_IMAGE_TYPES, CLIENT_SHEET_MAX_BYTES, CLIENT_SHEET_TYPE, SDK_UPLOAD_MAX_BYTES } from '../storage/storage-limits';
import { FILE_ROUTE, UPLOAD_ROUTE, type StorageService } from '../storage/storage-service';

const UPLOAD_PATH = '/storage/upload';

function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => { req.on('end', resolve); req.on('close', resolve); req.resume(); });
}

async function json(req: IncomingMessage, res: ServerResponse, status: number, body: unknown) {
  await drain(req);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
const refuse = (req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) =>
  json(req, res, status, { error: { code, message } });

/** COS error document; the SDK destructures Code, Message, RequestId and TraceId, so all four are present. */
async function cosError(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, resource: string) {
  await drain(req);
  const esc = (s: string) => s.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
  const id = randomBytes(12).toString('base64');
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${esc(message)}</Message>` +
    `<Resource>${esc(resource)}</Resource><RequestId>${id}</RequestId><TraceId>${id}</TraceId></Error>`);
}

function decodedRest(pathname: string, prefix: string): string | null {
  try { return decodeURIComponent(pathname.slice(prefix.length)); } catch { return null; }
}

async function cosPut(storage: StorageService, req: IncomingMessage, res: ServerResponse, pathname: string) {
  const cloudPath = decodedRest(pathname, UPLOAD_ROUTE) ?? '';
  try { checkCloudPath(cloudPath); } catch (e) { return cosError(req, res, 400, 'InvalidURI', (e as Error).message, cloudPath); }
  const auth = new URLSearchParams(String(req.headers.authorization ?? ''));
  const verdict = storage.signer.verify('put', cloudPath, auth.get('t'), auth.get('sign'));
  if (verdict === 'bad') return cosError(req, res, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.', cloudPath);
  if (verdict === 'expired') return cosError(req, res, 403, 'AccessDenied', 'Request has expired', cloudPath);
  try {
    const file = await storage.files.put(cloudPath, req, {}, SDK_UPLOAD_MAX_BYTES);
    res.writeHead(200, { etag: `"${file.blob}"`, 'content-length': 0 });
    res.end();
  } catch (e) {
    if (!(e instanceof FileTooLarge)) throw e;
    return cosError(req, res, 400, 'EntityTooLarge', `[LocalCloud] ${e.message} (SDK_UPLOAD_MAX_BYTES, localcloud/storage/storage-limits.ts)`, cloudPath);
  }
}

async function serveFile(storage: StorageService, req: IncomingMessage, res: ServerResponse, url: URL) {
  const cloudPath = decodedRest(url.pathname, FILE_ROUTE);
  if (cloudPath === null) return refuse(req, res, 400, 'STORAGE.INVALID_PATH', '文件路径无法解析');
  const verdict = storage.signer.verify('get', cloudPath, url.searchParams.get('t'), url.searchParams.get('sign'));
  if (verdict === 'bad') return refuse(req, res, 403, 'STORAGE.BAD_SIGNATURE', '链接签名无效');
  if (verdict === 'expired') return refuse(req, res, 403, 'STORAGE.URL_EXPIRED', '链接已过期，请重新获取');
  const file = storage.files.stat(cloudPath);
  let stream: fs.ReadStream | null = null;
  if (file) {
    // Opened before answering: an overwrite or delete now only unlinks, our descriptor stays valid.
    try { stream = fs.createReadStream('', { fd: fs.openSync(storage.files.blobPath(file), 'r') }); } catch { stream = null; }
  }
  if (!file || !stream) return refuse(req, res, 404, 'STORAGE.NOT_FOUND', '文件不存在');
  const left = Math.max(0, Number(url.searchParams.get('t')) - Math.floor(Date.now() / 1000));
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': file.size,
    'cache-control': `private, max-age=${left}`,
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') { stream.destroy(); res.end(); return; }
  stream.pipe(res);
}

async function clientUpload(storage: StorageService, req: IncomingMessage, res: ServerResponse, url: URL) {
  const openid = String(req.headers['x-dev-openid'] ?? '').trim();
  if (!openid) return refuse(req, res, 401, 'AUTH.REQUIRED', '请先登录（缺少 X-Dev-Openid）');
  let cloudPath: string;
  try { cloudPath = checkCloudPath(url.searchParams.get('cloudPath')); } catch (e) {
    return refuse(req, res, 400, 'STORAGE.INVALID_PATH', `文件路径不合法：${(e as Error).message}`);
  }
  const prefix = `uploads/${openid}/`;
  if (!cloudPath.startsWith(prefix)) return refuse(req, res, 403, 'STORAGE.FORBIDDEN', `只能上传到自己的目录 ${prefix}`);
  const contentType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const sheet = contentType === CLIENT_SHEET_TYPE;
  if (!CLIENT_IMAGE_TYPES.includes(contentType) && !sheet) {
    return refuse(req, res, 415, 'STORAGE.UNSUPPORTED_TYPE', `只能上传 JPEG、PNG、WebP 图片或 Excel（.xlsx）文件（收到 ${contentType || '无类型'}）`);
  }
  const max = sheet ? CLIENT_SHEET_MAX_BYTES : CLIENT_IMAGE_MAX_BYTES;
  try {
    await storage.files.put(cloudPath, req, { contentType, owner: openid }, max);
  } catch (e) {
    if (!(e instanceof FileTooLarge)) throw e;
    return refuse(req, res, 413, 'STORAGE.TOO_LARGE', `${sheet ? '文件' : '图片'}不能超过 ${max / 1024 / 1024} MB`);
  }
  return json(req, res, 200, { fileID: storage.fileId(cloudPath) });
}

/** Handles the request if it is a storage route; false otherwise. */
export async function handleStorage(storage: StorageService, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const method = req.method ?? 'GET';
  const p = url.pathname;
  if (p.startsWith(UPLOAD_ROUTE) && method === 'PUT') await cosPut(storage, req, res, p);
  else if (p.startsWith(FILE_ROUTE) && (method === 'GET' || method === 'HEAD')) await serveFile(storage, req, res, url);
  else if (p === UPLOAD_PATH && method === 'POST') await clientUpload(storage, req, res, url);
  else if (p === UPLOAD_PATH) await refuse(req, res, 405, 'REQUEST.METHOD', `${method} ${p}: use POST`);
  else return false;
  return true;
}
