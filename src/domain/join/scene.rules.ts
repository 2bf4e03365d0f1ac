/**
 * The join scene carried by a branch's mini-program code. WeChat limits `scene` to 32 visible
 * characters, so it holds the branch's short code, the code's version and a truncated HMAC, never
 * the raw _id:
 *   "j1.<code>.<sig>"        version 0, the branch's first poster  e.g. j1.k3x9q2.Tq0v5kZr2m8aW1xY
 *   "j2.<code>.<ver>.<sig>"  version ≥ 1 in base36 (≤ 3 chars)    e.g. j2.k3x9q2.1.Tq0v5kZr2m8aW1xY
 * (3 + 8 + 1 + 3 + 1 + 16 ≤ 32). Rotating a branch's code bumps its version: older posters still
 * verify (they are ours) but name an old version, so the join can say "this code was replaced"
 * instead of "forged". The HMAC function is injected so this file stays pure (node:crypto in functions).
 */
export type Hmac = (secret: string, data: string) => string; // base64url digest

export const SCENE_MAX_LENGTH = 32;
/** Base36 in at most 3 characters. */
export const MAX_JOIN_VERSION = 36 ** 3 - 1;
const SIG_LENGTH = 16;
const CODE_RE = /^[a-z0-9]{6,8}$/;
const VERSION_RE = /^[1-9a-z][0-9a-z]{0,2}$/;

export interface JoinScene {
  code: string;
  version: number;
}

// Version 0 keeps the original signed text so posters printed before versions existed still verify.
const signed = (code: string, version: number) => (version === 0 ? `join:${code}` : `join:${code}:${version}`);
const signature = (hmac: Hmac, secret: string, code: string, version: number) => hmac(secret, signed(code, version)).slice(0, SIG_LENGTH);

export function encodeJoinScene(hmac: Hmac, secret: string, branchCode: string, version = 0): string {
  if (!CODE_RE.test(branchCode)) throw new Error(`bad branch code ${branchCode}`);
  if (!Number.isInteger(version) || version < 0 || version > MAX_JOIN_VERSION) throw new Error(`bad join code version ${version}`);
  const sig = signature(hmac, secret, branchCode, version);
  return version === 0 ? `j1.${branchCode}.${sig}` : `j2.${branchCode}.${version.toString(36)}.${sig}`;
}

/**
 * The branch code a scene claims, NOT verified: only to read the branch in the same request as the
 * secret that then verifies the scene (decodeJoinScene) before anything trusts it.
 */
export function claimedCode(scene: string): string | null {
  const code = scene.length <= SCENE_MAX_LENGTH ? scene.split('.')[1] : undefined;
  return code && CODE_RE.test(code) ? code : null;
}

/** Returns the branch code and the code's version, or null for any malformed, tampered or forged scene. */
export function decodeJoinScene(hmac: Hmac, secret: string, scene: string): JoinScene | null {
  if (scene.length > SCENE_MAX_LENGTH) return null;
  const parts = scene.split('.');
  let version: number;
  if (parts[0] === 'j1' && parts.length === 3) version = 0;
  else if (parts[0] === 'j2' && parts.length === 4 && VERSION_RE.test(parts[2])) version = parseInt(parts[2], 36);
  else return null;
  const code = parts[1];
  if (!CODE_RE.test(code)) return null;
  return constantTimeEqual(signature(hmac, secret, code, version), parts[parts.length - 1]) ? { code, version } : null;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Why a verified scene no longer lets anyone in: the branch revoked its code, or rotated past this version. */
export type SceneRefusal = 'revoked' | 'rotated' | null;

export function sceneRefusal(branch: { joinVersion?: number; joinRevoked?: boolean }, scene: JoinScene): SceneRefusal {
  if (branch.joinRevoked) return 'revoked';
  return scene.version !== (branch.joinVersion ?? 0) ? 'rotated' : null;
}
