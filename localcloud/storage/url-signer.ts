/**
 * HMAC signatures for temp (GET) and upload (PUT) URLs, so a URL cannot be forged for another path,
 * stretched past its expiry, or turned from a read into a write. The key lives in the data dir, so
 * URLs handed out before a restart keep working until they expire, as in the cloud.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type UrlPurpose = 'get' | 'put';
export type Verdict = 'ok' | 'expired' | 'bad';

export class UrlSigner {
  constructor(private readonly key: Buffer) {}

  /** Reads `<dir>/url-key`, creating it (temp file + rename) on first start. */
  static load(dir: string): UrlSigner {
    const file = path.join(dir, 'url-key');
    if (!fs.existsSync(file)) {
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, randomBytes(32).toString('hex'));
      fs.renameSync(tmp, file);
    }
    return new UrlSigner(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'));
  }

  sign(purpose: UrlPurpose, cloudPath: string, expiresAtS: number): string {
    return createHmac('sha256', this.key).update(`${purpose}\n${expiresAtS}\n${cloudPath}`).digest('base64url');
  }

  verify(purpose: UrlPurpose, cloudPath: string, expiresAt: unknown, signature: unknown, nowMs = Date.now()): Verdict {
    const t = Number(expiresAt);
    if (!Number.isInteger(t) || typeof signature !== 'string') return 'bad';
    const want = Buffer.from(this.sign(purpose, cloudPath, t));
    const got = Buffer.from(signature);
    // The signature first: an expired answer must not be obtainable for a forged URL.
    if (want.length !== got.length || !timingSafeEqual(want, got)) return 'bad';
    return t * 1000 < nowMs ? 'expired' : 'ok';
  }
}
