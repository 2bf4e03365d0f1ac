/**
 * The join scene carried by a branch's mini-program code. WeChat limits `scene` to 32 visible
 * characters, so it holds the branch's short code and a truncated HMAC, never the raw _id:
 *   "j1.<code>.<sig>"  e.g. j1.k3x9q2.Tq0v5kZr2m8aW1xY  (3 + 6..8 + 1 + 16 ≤ 28)
 * The HMAC function is injected so this file stays pure (node:crypto in functions).
 */
export type Hmac = (secret: string, data: string) => string; // base64url digest

export const SCENE_MAX_LENGTH = 32;
const SIG_LENGTH = 16;
const PREFIX = 'j1';
const CODE_RE = /^[a-z0-9]{6,8}$/;

const signature = (hmac: Hmac, secret: string, code: string) => hmac(secret, `join:${code}`).slice(0, SIG_LENGTH);

export function encodeJoinScene(hmac: Hmac, secret: string, branchCode: string): string {
  if (!CODE_RE.test(branchCode)) throw new Error(`bad branch code ${branchCode}`);
  return `${PREFIX}.${branchCode}.${signature(hmac, secret, branchCode)}`;
}

/** Returns the branch code, or null for any malformed, tampered or forged scene. */
export function decodeJoinScene(hmac: Hmac, secret: string, scene: string): string | null {
  const parts = scene.split('.');
  if (scene.length > SCENE_MAX_LENGTH || parts.length !== 3 || parts[0] !== PREFIX || !CODE_RE.test(parts[1])) return null;
  const expected = signature(hmac, secret, parts[1]);
  return constantTimeEqual(expected, parts[2]) ? parts[1] : null;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
