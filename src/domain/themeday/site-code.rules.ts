import type { Hmac } from '../join/scene.rules';
import { checkStep, SIG_PART, signStep, STEP_PART } from '../shared/rotating-code.rules';

/**
 * The on-site sign-in code of one meeting, shown on the secretary's screen and changing every 30 s
 * (shared/rotating-code.rules.ts) so a forwarded photo of it stops working:
 *   "t2.<YYYYMM>.<time step, base 36>.<sig>"  (3 + 7 + 7 + 14 = 31 ≤ 32, WeChat's scene limit)
 * The branch is not in the code: it is the signing member's own branch, and the HMAC covers branch,
 * month and step, so another branch's code, a tampered month or step fails. The previous step is
 * still accepted: the code on the screen may have been fetched just before its step ended, and
 * function instances' clocks differ a little. The meeting's window is checked at sign-in, not
 * encoded here.
 */
export { SITE_CODE_STEP_MS } from '../shared/rotating-code.rules';
const CODE_RE = new RegExp(`^t2\\.(\\d{4})(0[1-9]|1[0-2])\\.${STEP_PART}\\.${SIG_PART}$`);
/** The month-long codes printed before codes rotated: recognised only to say they are out of use. */
const MONTH_CODE_RE = /^t1\.\d{6}\.[A-Za-z0-9_-]{16}$/;

const subjectOf = (branchId: string, month: string) => `themeday:${branchId}:${month}`;

export interface SiteCode {
  code: string;
  /** When the screen should fetch the next one (the end of this step). */
  refreshAt: number;
}

export function siteCodeAt(hmac: Hmac, secret: string, branchId: string, month: string, now: number): SiteCode {
  const { step, sig, refreshAt } = signStep(hmac, secret, subjectOf(branchId, month), now);
  return { code: `t2.${month.replace('-', '')}.${step}.${sig}`, refreshAt };
}

export type SiteCodeCheck = { ok: true; month: string } | { ok: false; reason: 'invalid' | 'expired' };

/** Whether `code` is `branchId`'s and current at `now`; `expired` for a genuine code of an earlier step. */
export function checkSiteCode(hmac: Hmac, secret: string, branchId: string, code: string, now: number): SiteCodeCheck {
  if (MONTH_CODE_RE.test(code)) return { ok: false, reason: 'expired' };
  const m = CODE_RE.exec(code);
  if (!m) return { ok: false, reason: 'invalid' };
  const month = `${m[1]}-${m[2]}`;
  const check = checkStep(hmac, secret, subjectOf(branchId, month), m[3], m[4], now);
  return check.ok ? { ok: true, month } : check;
}
