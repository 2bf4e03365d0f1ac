import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { monthOf } from '@/domain/study/calendar.rules';
import { foreignImageBlocks } from '@/domain/study/photo.rules';
import type { Audience, BodyBlock, StudyPublishInput, StudyPush } from '@/domain/study/study.schema';
import { requireCleanText } from '../clean-text';
import { branchesByIds, groupsByIds } from '../../repos/org.repo';

/** The text a reader sees: what the content-security check must read. */
const textOf = (title: string, body: BodyBlock[]) =>
  [title, ...body.map((b) => (b.type === 'image' ? b.caption ?? '' : b.type === 'link' ? b.title : b.text))].filter(Boolean).join('\n');

/** The content fields of a push as published or edited, after every check that needs no write. */
export type PushContent = Pick<StudyPush, 'title' | 'issueNo' | 'kind' | 'body' | 'audience' | 'publishAt' | 'month' | 'dueDay'>;

/**
 * What study.publish and study.update both hold a push to: a past or missing publishAt means now,
 * the due day not before the publish day, cloud images only from `imageOwners`' upload folders,
 * the audience's units existing, and title and body through content security.
 */
export async function checkedContent(input: StudyPublishInput, now: number, imageOwners: string[], openid: string): Promise<PushContent> {
  const publishAt = input.publishAt && input.publishAt > now ? input.publishAt : now;
  if (input.dueDay < dayOf(publishAt)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '打卡截止日期不能早于发布日期', [{ path: 'dueDay', message: '打卡截止日期不能早于发布日期' }]);
  }
  requireOwnImages(input.body, imageOwners);
  await requireUnits(input.audience);
  await requireCleanText([textOf(input.title, input.body)], openid, '标题或正文含有不适宜发布的内容，请修改后再发布');
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
