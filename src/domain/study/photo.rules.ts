import { dayOf } from '../shared/day.rules';

/**
 * Check-in photos: at most 1 MB each (the content-security check takes small images; the weapp
 * compresses on pick), uploaded under `uploads/<openid>/` — the only prefix the storage rule lets
 * a user write, and the prefix the function checks so nobody attaches another member's files.
 */
export const PHOTO_MAX_BYTES = 1024 * 1024;

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
 * Cloud images a push may carry: only the publisher's own uploads. The function signs them for
 * every reader, so any other file id would turn a file the publisher cannot read (an old ledger
 * export) into a link for his whole audience. https images are the publisher's public links and
 * are never signed. Returns the indexes of body blocks that break the rule.
 */
export function foreignImageBlocks(body: ReadonlyArray<{ type: string; src?: string }>, publisherOpenid: string): number[] {
  return body.flatMap((b, i) => (b.type === 'image' && b.src?.startsWith('cloud://') && !isOwnUpload(b.src, publisherOpenid) ? [i] : []));
}
