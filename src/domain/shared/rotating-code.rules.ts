import type { Hmac } from '../join/scene.rules';

/**
 * The core of every on-site sign-in code (the theme day's, an activity's): a code signed for one
 * subject and one 30-second time step, as TOTP (RFC 6238) counts steps, so a photo of the screen
 * forwarded to someone away from the meeting stops working within a minute. Each code format
 * (themeday/site-code.rules.ts, activity/activity-code.rules.ts) wraps these with its own prefix
 * and subject; the signature covers `<subject>:<step>`.
 */
export const SITE_CODE_STEP_MS = 30_000;
/** Steps before the current one a code stays good for (clock skew, a scan at the turn of a step). */
const ACCEPTED_PAST_STEPS = 1;
export const SIG_LENGTH = 14;
/** The step and signature parts of a code as its format's pattern captures them. */
export const STEP_PART = '([0-9a-z]{1,8})';
export const SIG_PART = `([A-Za-z0-9_-]{${SIG_LENGTH}})`;

export const stepAt = (now: number) => Math.floor(now / SITE_CODE_STEP_MS);

const signature = (hmac: Hmac, secret: string, subject: string, step: number) => hmac(secret, `${subject}:${step}`).slice(0, SIG_LENGTH);

/** The step and signature of the code for `subject` at `now`, and when the screen should fetch the next one. */
export function signStep(hmac: Hmac, secret: string, subject: string, now: number): { step: string; sig: string; refreshAt: number } {
  const step = stepAt(now);
  return { step: step.toString(36), sig: signature(hmac, secret, subject, step), refreshAt: (step + 1) * SITE_CODE_STEP_MS };
}

export type StepCheck = { ok: true } | { ok: false; reason: 'invalid' | 'expired' };

/** Whether a code's step (base 36) and signature are `subject`'s and current at `now`; `expired` for a genuine one of an earlier step. */
export function checkStep(hmac: Hmac, secret: string, subject: string, stepText: string, sig: string, now: number): StepCheck {
  const step = parseInt(stepText, 36);
  if (step.toString(36) !== stepText) return { ok: false, reason: 'invalid' }; // one spelling per step
  if (!sameText(signature(hmac, secret, subject, step), sig)) return { ok: false, reason: 'invalid' };
  const current = stepAt(now);
  if (step > current) return { ok: false, reason: 'invalid' }; // not issued yet: not from this screen
  return current - step <= ACCEPTED_PAST_STEPS ? { ok: true } : { ok: false, reason: 'expired' };
}

/** Constant-time comparison of two signatures of equal length. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
