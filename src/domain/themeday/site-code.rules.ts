import type { Hmac } from '../join/scene.rules';

/**
 * The on-site sign-in code of one meeting, shown by the secretary as a QR code:
 *   "t1.<YYYYMM>.<sig>"  (3 + 7 + 16 = 26 ≤ 32, WeChat's scene limit)
 * The branch is not in the code: it is the signing member's own branch, and the HMAC covers it, so
 * another branch's code (or a tampered month) fails. Validity in time is the meeting's window,
 * checked at sign-in, not encoded here.
 */
const SIG_LENGTH = 16;
const CODE_RE = /^t1\.(\d{4})(0[1-9]|1[0-2])\.([A-Za-z0-9_-]{16})$/;

const signature = (hmac: Hmac, secret: string, branchId: string, month: string) => hmac(secret, `themeday:${branchId}:${month}`).slice(0, SIG_LENGTH);

export function encodeSiteCode(hmac: Hmac, secret: string, branchId: string, month: string): string {
  return `t1.${month.replace('-', '')}.${signature(hmac, secret, branchId, month)}`;
}

/** The month the code is for, or null when it is malformed or not signed for `branchId`. */
export function decodeSiteCode(hmac: Hmac, secret: string, branchId: string, code: string): string | null {
  const m = CODE_RE.exec(code);
  if (!m) return null;
  const month = `${m[1]}-${m[2]}`;
  const expected = signature(hmac, secret, branchId, month);
  let diff = 0;
  for (let i = 0; i < SIG_LENGTH; i++) diff |= expected.charCodeAt(i) ^ m[3].charCodeAt(i);
  return diff === 0 ? month : null;
}
