/**
 * The per-start secret `/admin` requires. CloudBase refuses any API request without a TC3 signature
 * made with the function's temporary key; locally the runner hands the SDK this token as
 * TENCENTCLOUD_SECRETID, which the SDK sends in the clear inside `Authorization: TC3-HMAC-SHA256
 * Credential=<secretId>/<date>/tcb/tc3_request, …` (@cloudbase/node-sdk utils/tcbapirequester.js
 * getHeaders). Checking the credential, not the HMAC, is enough against what the door keeps out (a
 * browser page cannot read the token). The token is also written to `<dataDir>/admin-token` (mode
 * 0600) for local tools that drive the SDK or /admin from another process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const ADMIN_TOKEN_FILE = 'admin-token';

export function issueAdminToken(dataDir: string): string {
  const token = randomBytes(24).toString('hex');
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, ADMIN_TOKEN_FILE);
  fs.writeFileSync(file, token, { mode: 0o600 });
  fs.chmodSync(file, 0o600); // writeFileSync's mode applies only when it creates the file
  return token;
}

export function readAdminToken(dataDir: string): string {
  return fs.readFileSync(path.join(dataDir, ADMIN_TOKEN_FILE), 'utf8').trim();
}

/** The SDK's Authorization header carries the token as its credential id. */
export function carriesToken(authorization: string | undefined, token: string): boolean {
  const id = /\bCredential=([^/,\s]+)\//.exec(authorization ?? '')?.[1];
  if (!id) return false;
  const a = Buffer.from(id);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
