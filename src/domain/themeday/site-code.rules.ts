import type { Hmac } from '../join/scene.rules';

/**
 * The on-site sign-in code of one meeting, shown on the secretary's screen and changing every 30 s
 * so a forwarded photo of it stops working:
 *   "t2.<YYYYMM>.<time step, base 36>.<sig>"  (3 + 7 + 7 + 14 = 31 ≤ 32, WeChat's scene limit)
 * The time step is floor(now / 30 s) (as TOTP, RFC 6238). The branch is not in the code: it is the
 * signing member's own branch, and the HMAC covers branch, month and step, so another branch's
 * code, a tampered month or step fails. The previous step is still accepted: the code on the screen
 * may have been fetched just before its step ended, and function instances' clocks differ a little.
 * The meeting's window is checked at sign-in, not encoded here.
 */
export const SITE_CODE_STEP_MS = 30_000;
/** Steps before the current one a code stays good for (clock skew, a scan at the turn of a step). */
const ACCEPTED_PAST_STEPS = 1;
const SIG_LENGTH = 14;
const CODE_RE = /^t2\.(\d{4})(0[1-9]|1[0-2])\.([0-9a-z]{1,8})\.([A-Za-z0-9_-]{14})$/;
/** The month-long codes printed before codes rotated: recognised only to say they are out of use. */
const MONTH_CODE_RE = /^t1\.\d{6}\.[A-Za-z0-9_-]{16}$/;

const stepAt = (now: number) => Math.floor(now / SITE_CODE_STEP_MS);
const signature = (hmac: Hmac, secret: string, branchId: string, month: string, step: number) =>
  hmac(secret, `themeday:${branchId}:${month}:${step}`).slice(0, SIG_LENGTH);

export interface SiteCode {
  code: string;
  /** When the screen should fetch the next one (the end of this step). */
  refreshAt: number;
}

export function siteCodeAt(hmac: Hmac, secret: string, branchId: string, month: string, now: number): SiteCode {
  const step = stepAt(now);
  return {
    code: `t2.${month.replace('-', '')}.${step.toString(36)}.${signature(hmac, secret, branchId, month, step)}`,
    refreshAt: (step + 1) * SITE_CODE_STEP_MS,
  };
}

export type SiteCodeCheck = { ok: true; month: string } | { ok: false; reason: 'invalid' | 'expired' };

/** Whether `code` is `branchId`'s and current at `now`; `expired` for a genuine code of an earlier step. */
export function checkSiteCode(hmac: Hmac, secret: string, branchId: string, code: string, now: number): SiteCodeCheck {
  if (MONTH_CODE_RE.test(code)) return { ok: false, reason: 'expired' };
  const m = CODE_RE.exec(code);
  if (!m) return { ok: false, reason: 'invalid' };
  const month = `${m[1]}-${m[2]}`;
  const step = parseInt(m[3], 36);
  if (step.toString(36) !== m[3]) return { ok: false, reason: 'invalid' }; // one spelling per step
  if (!sameText(signature(hmac, secret, branchId, month, step), m[4])) return { ok: false, reason: 'invalid' };
  const current = stepAt(now);
  if (step > current) return { ok: false, reason: 'invalid' }; // not issued yet: not from this screen
  return current - step <= ACCEPTED_PAST_STEPS ? { ok: true, month } : { ok: false, reason: 'expired' };
}

/** Constant-time comparison of two signatures of equal length. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
