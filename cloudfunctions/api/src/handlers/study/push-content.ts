import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { monthOf } from '@/domain/study/calendar.rules';
import { foreignImageBlocks } from '@/domain/study/photo.rules';
import type { Audience, BodyBlock, StudyPublishInput, StudyPush } from '@/domain/study/study.schema';
import { requireCleanText } from '../clean-text';
import { branchesByIds, groupsByIds } from '@shared/repos/org.repo';
import { vetNewPhotos } from './checkin-photos';

/** The text a reader sees: what the content-security check must read. */
const textOf = (title: string, body: BodyBlock[]) =>
  [title, ...body.map((b) => (b.type === 'image' ? b.caption ?? '' : b.type === 'link' ? b.title : b.text))].filter(Boolean).join('\n');

/** The content fields of a push as published or edited, after every check that needs no write. */
export type PushContent = Pick<StudyPush, 'title' | 'issueNo' | 'kind' | 'body' | 'audience' | 'publishAt' | 'month' | 'dueDay'>;

/**
 * What study.publish and study.update both hold a push to: a past or missing publishAt means now,
 * the due day not before the publish day, cloud images only from `imageOwners`' upload folders,
 * the audience's units existing, and title, body and images through content security.
 */
export async function checkedContent(input: StudyPublishInput, now: number, imageOwners: string[], openid: string): Promise<PushContent> {
  const publishAt = input.publishAt && input.publishAt > now ? input.publishAt : now;
  if (input.dueDay < dayOf(publishAt)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '打卡截止日期不能早于发布日期', [{ path: 'dueDay', message: '打卡截止日期不能早于发布日期' }]);
  }
  requireOwnImages(input.body, imageOwners);
  await requireUnits(input.audience);
  await Promise.all([
    requireCleanText([textOf(input.title, input.body)], openid, '标题或正文含有不适宜发布的内容，请修改后再发布'),
    requireCleanImages(input.body),
  ]);
  return {
    title: input.title,
    issueNo: input.issueNo,
    kind: input.kind,
    body: input.body,
    audience: dedupe(input.audience),
    publishAt,
    month: monthOf(publishAt),
    dueDay: input.dueDay,
  };
}

function dedupe(audience: Audience): Audience {
  if (audience.scope === 'branches') return { scope: 'branches', branchIds: [...new Set(audience.branchIds)] };
  if (audience.scope === 'groups') return { scope: 'groups', groupIds: [...new Set(audience.groupIds)] };
  return audience;
}

function requireOwnImages(body: BodyBlock[], owners: string[]): void {
  const foreign = foreignImageBlocks(body, owners);
  if (!foreign.length) return;
  const message = '图片只能使用您本人上传的图片';
  throw new AppError(ErrorCodes.STUDY_IMAGE_NOT_OWN, `正文第 ${foreign.map((i) => i + 1).join('、')} 块的${message}`, foreign.map((i) => ({ path: `body.${i}.src`, message })));
}

/** Every branch or group named by the audience must exist (one request). */
async function requireUnits(audience: Audience): Promise<void> {
  if (audience.scope === 'county') return;
  const ids = [...new Set(audience.scope === 'branches' ? audience.branchIds : audience.groupIds)];
  const found = audience.scope === 'branches' ? await branchesByIds(ids) : await groupsByIds(ids);
  if (found.length !== ids.length) {
    throw new AppError(ErrorCodes.ORG_NOT_FOUND, audience.scope === 'branches' ? '所选支部不存在' : '所选网上党小组不存在');
  }
}

/**
 * The body's cloud images pass what a check-in photo passes (checkin-photos.ts: a real picture
 * within the image check's size, then imgSecCheck). A check-in keeps a photo the check could not
 * judge and shows it to its author only; a push has no such private reader — every member of its
 * audience would see it — so it is refused until the check answers.
 */
async function requireCleanImages(body: BodyBlock[]): Promise<void> {
  const images = [...new Set(body.flatMap((b) => (b.type === 'image' && b.src.startsWith('cloud://') ? [b.src] : [])))];
  if (!images.length) return;
  const { held } = await vetNewPhotos(images);
  if (held.length) throw new AppError(ErrorCodes.SYSTEM_BUSY, '图片安全检查暂时不可用，请稍后再发布');
}
