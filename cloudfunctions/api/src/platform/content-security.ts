import { cloud } from '@shared/platform/cloud';

/** WeChat's "content is risky" errcode (v1 checks, and what the local cloud's fault injection answers). */
const RISKY_ERRCODE = 87014;
/** msgSecCheck reads at most 2500 characters per call. */
export const MSG_CHECK_CHUNK = 2500;

export type Verdict = 'pass' | 'risky' | 'unavailable';

const errCodeOf = (err: unknown) => Number((err as { errCode?: unknown } | null)?.errCode);

/**
 * Text check (msgSecCheck v2, scene 2 = comment/UGC, for the user `openid` who wrote it). v2
 * answers `result.suggest` ('pass' | 'review' | 'risky'): only 'risky' is refused; 'review' (the
 * platform is unsure) passes, as WeChat recommends for user text it lets humans moderate.
 */
export async function checkText(content: string, openid: string): Promise<Verdict> {
  const chunks: string[] = [];
  for (let i = 0; i < content.length; i += MSG_CHECK_CHUNK) chunks.push(content.slice(i, i + MSG_CHECK_CHUNK));
  // A few at a time: long bodies must not burst the API's rate limit.
  for (let i = 0; i < chunks.length; i += 4) {
    const verdicts = await Promise.all(chunks.slice(i, i + 4).map((c) => checkChunk(c, openid)));
    if (verdicts.includes('risky')) return 'risky';
    if (verdicts.includes('unavailable')) return 'unavailable';
  }
  return 'pass';
}

async function checkChunk(content: string, openid: string): Promise<Verdict> {
  try {
    const res = (await cloud.openapi.security.msgSecCheck({ content, version: 2, scene: 2, openid } as never)) as { result?: { suggest?: string } } | undefined;
    return res?.result?.suggest === 'risky' ? 'risky' : 'pass';
  } catch (err) {
    if (errCodeOf(err) === RISKY_ERRCODE) return 'risky';
    console.error('[api] msgSecCheck failed', err);
    return 'unavailable';
  }
}

/** Image check (imgSecCheck: synchronous, small images; risky = errcode 87014). */
export async function checkImage(bytes: Buffer, contentType: string): Promise<Verdict> {
  try {
    await cloud.openapi.security.imgSecCheck({ media: { contentType, value: bytes } } as never);
    return 'pass';
  } catch (err) {
    if (errCodeOf(err) === RISKY_ERRCODE) return 'risky';
    console.error('[api] imgSecCheck failed', err);
    return 'unavailable';
  }
}

/** The image type from its first bytes (JPEG, PNG, GIF, WebP, BMP), or null when it is no image. */
export function imageType(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'image/gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d) return 'image/bmp';
  return null;
}
