import { createHmac, randomBytes, randomInt } from 'node:crypto';
import type { Hmac } from '@/domain/join/scene.rules';

export const hmacSha256: Hmac = (secret, data) => createHmac('sha256', secret).update(data).digest('base64url');

/** The per-environment join secret: 32 random bytes. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A branch's short code for its QR scene: lowercase base36, 6 characters. */
export function newBranchCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i++) code += BASE36[randomInt(36)];
  return code;
}
