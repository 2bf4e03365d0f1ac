import type { Hmac } from '../join/scene.rules';
import { checkStep, SIG_PART, signStep, STEP_PART } from '../shared/rotating-code.rules';

/**
 * An activity's on-site sign-in code, rotating every 30 s like the theme day's (the same core,
 * shared/rotating-code.rules.ts): "a1.<activityId>.<step>.<sig>". Unlike the theme day's, the
 * activity is in the code: a member may be expected at several activities at once, and his branch
 * does not tell which. The code travels in a QR link (about 50 characters), never as a wxacode
 * scene, so WeChat's 32-character scene limit does not apply.
 */
const CODE_RE = new RegExp(`^a1\\.([A-Za-z0-9_-]{1,64})\\.${STEP_PART}\\.${SIG_PART}$`);
const subjectOf = (activityId: string) => `activity:${activityId}`;

export function activityCodeAt(hmac: Hmac, secret: string, activityId: string, now: number): { code: string; refreshAt: number } {
  const { step, sig, refreshAt } = signStep(hmac, secret, subjectOf(activityId), now);
  return { code: `a1.${activityId}.${step}.${sig}`, refreshAt };
}

/** The activity a code names, read before it is checked (the code alone says which activity to load). */
export const activityIdOfCode = (code: string): string | null => CODE_RE.exec(code)?.[1] ?? null;

export type ActivityCodeCheck = { ok: true; activityId: string } | { ok: false; reason: 'invalid' | 'expired' };

export function checkActivityCode(hmac: Hmac, secret: string, code: string, now: number): ActivityCodeCheck {
  const m = CODE_RE.exec(code);
  if (!m) return { ok: false, reason: 'invalid' };
  const check = checkStep(hmac, secret, subjectOf(m[1]), m[2], m[3], now);
  return check.ok ? { ok: true, activityId: m[1] } : check;
}
