/**
 * security.msgSecCheck / security.imgSecCheck, judged by visible markers rather than a model, so a
 * test or a developer can produce each verdict on purpose:
 * - text containing 【违规】 is risky, 【待审】 is "review" (v2 only; v1 has no such verdict), and
 *   WeChat's own v1 test sample (特3456书yuuo莞6543李zxcz蒜7782法fgnv级) is risky in v1;
 * - an image whose bytes contain the ASCII `RISKY-IMAGE` is risky.
 * Faults: `msgSecRisky` makes every text risky, `imgSecRisky` every image; `secCheckDown` fails both
 * with errcode -1 (system error), `imgSecDown` only the image check; callers must treat -1 as
 * "unavailable", not as a verdict.
 * imgSecCheck's limits, never kinder than WeChat: over 1 MB is 40006 (documented); an image over
 * 750 × 1334 px (documented: "图片尺寸不超过 750px x 1334px") or over 500 KB (WeChat staff: larger
 * ones fail with a system error, https://developers.weixin.qq.com/community/develop/doc/000e4c66728670130187b32f95bc00)
 * answers -1, as the real service does; bytes that are no PNG/JPEG/GIF are 47001.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/imgSecCheck.html
 * Wire shapes are the real ones: v1 answers risky text with errcode 87014; v2 (`version: 2`, needs
 * `openid` and `scene` 1–4) always answers errcode 0 and puts the verdict in `result.suggest`.
 */
import { randomBytes } from 'node:crypto';
import { imageSize } from 'image-size';
import type { FaultConfig } from '../dev/outbox';

export const RISKY_TEXT_MARKER = '【违规】';
export const REVIEW_TEXT_MARKER = '【待审】';
export const RISKY_IMAGE_MARKER = 'RISKY-IMAGE';
const V1_TEST_SAMPLE = '特3456书yuuo莞6543李zxcz蒜7782法fgnv级';
/** imgSecCheck takes images up to 1 MB (documented), 500 KB in practice, and 750 × 1334 px. */
export const IMG_CHECK_MAX_BYTES = 1024 * 1024;
export const IMG_CHECK_PRACTICAL_MAX_BYTES = 500 * 1024;
export const IMG_CHECK_MAX_WIDTH = 750;
export const IMG_CHECK_MAX_HEIGHT = 1334;
const IMG_CHECK_TYPES = ['png', 'jpg', 'gif'];

type Suggest = 'pass' | 'review' | 'risky';
/** WeChat labels: 100 normal, 20001 politics, 21000 other. */
const LABEL: Record<Suggest, number> = { pass: 100, risky: 20001, review: 21000 };

const RISKY = { errcode: 87014, errmsg: 'risky content' };
const SYSTEM_ERROR = { errcode: -1, errmsg: 'system error (injected fault secCheckDown)' };
const FORMAT_ERROR = (why: string) => ({ errcode: 47001, errmsg: `data format error hint: [LocalCloud] ${why}` });

function judgeText(content: string, v1: boolean, faults: FaultConfig): Suggest {
  if (faults.msgSecRisky || content.includes(RISKY_TEXT_MARKER) || (v1 && content.includes(V1_TEST_SAMPLE))) return 'risky';
  return content.includes(REVIEW_TEXT_MARKER) ? 'review' : 'pass';
}

export function msgSecCheck(req: Record<string, unknown>, faults: FaultConfig): Record<string, unknown> {
  if (faults.secCheckDown) return SYSTEM_ERROR;
  if (typeof req.content !== 'string') return FORMAT_ERROR('content must be a string');
  if (Number(req.version) !== 2) {
    return judgeText(req.content, true, faults) === 'risky' ? RISKY : { errcode: 0, errmsg: 'ok' };
  }
  if (typeof req.openid !== 'string' || !req.openid) return FORMAT_ERROR('version 2 needs openid');
  if (![1, 2, 3, 4].includes(Number(req.scene))) return FORMAT_ERROR('version 2 needs scene 1-4');
  const suggest = judgeText(req.content, false, faults);
  const label = LABEL[suggest];
  return {
    errcode: 0, errmsg: 'ok',
    result: { suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: suggest === 'pass' ? 0 : 90 }],
    trace_id: randomBytes(12).toString('hex'),
  };
}

function pixelsOf(media: Buffer): { width: number; height: number; type?: string } | null {
  try {
    const { width, height, type } = imageSize(media);
    return width && height ? { width, height, type } : null;
  } catch {
    return null;
  }
}

export function imgSecCheck(media: Buffer | undefined, faults: FaultConfig): Record<string, unknown> {
  if (faults.secCheckDown || faults.imgSecDown) return SYSTEM_ERROR;
  if (!media || media.length === 0) return FORMAT_ERROR('media is required');
  if (media.length > IMG_CHECK_MAX_BYTES) return { errcode: 40006, errmsg: 'invalid meida size' };
  const px = pixelsOf(media);
  if (!px || !IMG_CHECK_TYPES.includes(px.type ?? '')) return FORMAT_ERROR('media must be a PNG, JPEG or GIF image');
  if (media.length > IMG_CHECK_PRACTICAL_MAX_BYTES || px.width > IMG_CHECK_MAX_WIDTH || px.height > IMG_CHECK_MAX_HEIGHT) {
    return { errcode: -1, errmsg: `system error hint: [LocalCloud] image ${px.width}x${px.height}, ${media.length} bytes is over 750x1334 px or 500 KB` };
  }
  if (faults.imgSecRisky || media.includes(RISKY_IMAGE_MARKER)) return RISKY;
  return { errcode: 0, errmsg: 'ok' };
}
