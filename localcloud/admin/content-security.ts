/**
 * security.msgSecCheck / security.imgSecCheck, judged by visible markers rather than a model, so a
 * test or a developer can produce each verdict on purpose:
 * - text containing 【违规】 is risky, 【待审】 is "review" (v2 only; v1 has no such verdict), and
 *   WeChat's own v1 test sample (特3456书yuuo莞6543李zxcz蒜7782法fgnv级) is risky in v1;
 * - an image whose bytes contain the ASCII `RISKY-IMAGE` is risky.
 * Faults: `msgSecRisky` makes every text risky, `imgSecRisky` every image; `secCheckDown` fails both
 * with errcode -1 (system error), which callers must treat as "unavailable", not as a verdict.
 * Wire shapes are the real ones: v1 answers risky text with errcode 87014; v2 (`version: 2`, needs
 * `openid` and `scene` 1–4) always answers errcode 0 and puts the verdict in `result.suggest`.
 */
import { randomBytes } from 'node:crypto';
import type { FaultConfig } from '../dev/outbox';

export const RISKY_TEXT_MARKER = '【违规】';
export const REVIEW_TEXT_MARKER = '【待审】';
export const RISKY_IMAGE_MARKER = 'RISKY-IMAGE';
const V1_TEST_SAMPLE = '特3456书yuuo莞6543李zxcz蒜7782法fgnv级';
/** imgSecCheck takes images up to 1 MB. */
export const IMG_CHECK_MAX_BYTES = 1024 * 1024;

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

export function imgSecCheck(media: Buffer | undefined, faults: FaultConfig): Record<string, unknown> {
  if (faults.secCheckDown) return SYSTEM_ERROR;
  if (!media || media.length === 0) return FORMAT_ERROR('media is required');
  if (media.length > IMG_CHECK_MAX_BYTES) return { errcode: 40006, errmsg: 'invalid meida size' };
  if (faults.imgSecRisky || media.includes(RISKY_IMAGE_MARKER)) return RISKY;
  return { errcode: 0, errmsg: 'ok' };
}
