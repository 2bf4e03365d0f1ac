/**
 * Cloud paths and fileIDs. The path rules are WeChat's own ("文件名命名限制": not empty, no leading
 * `/`, no `//`, at most 850 UTF-8 bytes, no control characters), plus local refusals that keep a
 * file inside the store and its URL usable: `.`/`..` segments (path traversal), `\`, and `% # ?`
 * (the SDK's downloadFile runs encodeURI over the temp URL, so such names cannot round-trip; WeChat
 * advises against them too).
 */

export class CloudPathError extends Error {}

export const MAX_PATH_BYTES = 850;
/** Stands in for the numeric Tencent Cloud APPID that ends every real bucket name. */
const CLOUD_APPID = '1250000000';

export function checkCloudPath(value: unknown): string {
  const p = typeof value === 'string' ? value : '';
  const fail = (why: string): never => { throw new CloudPathError(`invalid cloudPath ${JSON.stringify(value)}: ${why}`); };
  if (!p) fail('empty');
  if (p.startsWith('/')) fail('must not start with /');
  if (p.includes('//')) fail('must not contain //');
  if (Buffer.byteLength(p, 'utf8') > MAX_PATH_BYTES) fail(`longer than ${MAX_PATH_BYTES} bytes`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f]/.test(p)) fail('control characters');
  if (/[\\%#?]/.test(p)) fail('\\ % # ? are not supported');
  if (p.split('/').some((s) => s === '.' || s === '..')) fail('. and .. segments are not allowed');
  if (p.endsWith('/')) fail('names a folder, not a file');
  return p;
}

/** Real buckets read `<hex of the env's first two chars>-<env>-<appid>`, e.g. 636c-cloud1-…-13…. */
export function bucketOf(env: string): string {
  return `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-${CLOUD_APPID}`;
}

export const fileIdOf = (env: string, cloudPath: string) => `cloud://${env}.${bucketOf(env)}/${cloudPath}`;

/** The path inside a fileID of this env's bucket; null for another env, a malformed id or a bad path. */
export function pathOfFileId(env: string, fileId: unknown): string | null {
  const prefix = `cloud://${env}.${bucketOf(env)}/`;
  if (typeof fileId !== 'string' || !fileId.startsWith(prefix)) return null;
  try { return checkCloudPath(fileId.slice(prefix.length)); } catch { return null; }
}

/** Each segment percent-encoded: Node's http.request refuses raw non-ASCII in a path. */
export const encodePath = (cloudPath: string) => cloudPath.split('/').map(encodeURIComponent).join('/');
