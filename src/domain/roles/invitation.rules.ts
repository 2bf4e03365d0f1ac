import type { Hmac } from '../join/scene.rules';

/**
 * A role invitation travels as "r1.<id>.<sig>": the id names its document (single use, expiry and
 * cancellation are kept there), the HMAC with the environment's secret makes a guessed or altered
 * id worthless before any read. The HMAC is injected so this file stays pure.
 */
const PREFIX = 'r1';
const SIG_LENGTH = 22;
const ID_RE = /^[A-Za-z0-9_-]{16,40}$/;

/** An invitation lasts three days: long enough to reach a person, short enough that a lost link dies. */
export const INVITATION_TTL_MS = 3 * 24 * 3600 * 1000;

const signature = (hmac: Hmac, secret: string, id: string) => hmac(secret, `role-invite:${id}`).slice(0, SIG_LENGTH);

export function encodeInvitation(hmac: Hmac, secret: string, id: string): string {
  if (!ID_RE.test(id)) throw new Error(`bad invitation id ${id}`);
  return `${PREFIX}.${id}.${signature(hmac, secret, id)}`;
}

/** The invitation id, or null for a malformed, altered or forged token. */
export function decodeInvitation(hmac: Hmac, secret: string, token: string): string | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX || !ID_RE.test(parts[1])) return null;
  const expected = signature(hmac, secret, parts[1]);
  if (expected.length !== parts[2].length) return null;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ parts[2].charCodeAt(i);
  return diff === 0 ? parts[1] : null;
}

export type InvitationState = 'open' | 'used' | 'expired' | 'cancelled';

export function invitationState(inv: { usedBy: string | null; cancelledAt: number | null; expiresAt: number }, now: number): InvitationState {
  if (inv.usedBy) return 'used';
  if (inv.cancelledAt !== null) return 'cancelled';
  return now >= inv.expiresAt ? 'expired' : 'open';
}

export const invitationStateLabels: Record<InvitationState, string> = {
  open: '待接受',
  used: '已接受',
  expired: '已过期',
  cancelled: '已撤回',
};

/** The mini-program page an invitation opens (its QR code and its H5 link carry the token). */
export const INVITATION_PAGE = 'pages/role-accept/index';
