import { dayOf } from '../shared/day.rules';

/**
 * Check-in photos fit the image check (security.imgSecCheck): at most 750 × 1334 px, and 500 KB —
 * the documented ceiling is 1 MB, but WeChat staff answer that larger than 500 KB fails with a
 * system error (https://developers.weixin.qq.com/community/develop/doc/000e4c66728670130187b32f95bc00).
 * The phone shrinks every photo to these limits before upload (services/storage.ts); the function
 * refuses what does not fit. Uploaded under `uploads/<openid>/` — the only prefix the storage rule
 * lets a user write, and the prefix the function checks so nobody attaches another member's files.
 */
export const PHOTO_MAX_BYTES = 500 * 1024;
export const PHOTO_MAX_WIDTH = 750;
export const PHOTO_MAX_HEIGHT = 1334;

export const photoFits = (width: number, height: number, bytes: number): boolean =>
  width <= PHOTO_MAX_WIDTH && height <= PHOTO_MAX_HEIGHT && bytes <= PHOTO_MAX_BYTES;

/** The largest size with the photo's own proportions inside 750 × 1334 (never enlarged). */
export function fitPhoto(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, PHOTO_MAX_WIDTH / width, PHOTO_MAX_HEIGHT / height);
  return { width: Math.floor(width * scale), height: Math.floor(height * scale) };
}

export const uploadPrefix = (openid: string) => `uploads/${openid}/`;

export function uploadPath(openid: string, now: number, random: string): string {
  return `${uploadPrefix(openid)}${dayOf(now).slice(0, 7)}/${now}-${random}.jpg`;
}

/** The storage path inside a fileID (`cloud://<env>.<bucket>/<path>`), or null if malformed. */
export function pathOfFileId(fileId: string): string | null {
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  return m && !m[1].split('/').includes('..') ? m[1] : null;
}

export const isOwnUpload = (fileId: string, openid: string): boolean => pathOfFileId(fileId)?.startsWith(uploadPrefix(openid)) ?? false;

/**
 * Cloud images a push may carry: only its publisher's own uploads (and those of organisers who
 * edited it: `owners`). The function signs them for every reader, so any other file id would turn
 * a file the publisher cannot read (an old ledger export) into a link for his whole audience.
 * https images are the publisher's public links and are never signed. Returns the indexes of body
 * blocks that break the rule.
 */
export function foreignImageBlocks(body: ReadonlyArray<{ type: string; src?: string }>, owners: string | readonly string[]): number[] {
  const list = typeof owners === 'string' ? [owners] : owners;
  return body.flatMap((b, i) => (b.type === 'image' && b.src?.startsWith('cloud://') && !list.some((o) => isOwnUpload(b.src!, o)) ? [i] : []));
}
