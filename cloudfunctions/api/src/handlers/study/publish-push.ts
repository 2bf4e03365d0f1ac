import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { monthOf } from '@/domain/study/calendar.rules';
import { foreignImageBlocks } from '@/domain/study/photo.rules';
import type { Audience, BodyBlock, StudyPublishInput, StudyPush } from '@/domain/study/study.schema';
import { canPushTo } from '@/domain/auth/scope.rules';
import type { Ctx } from '../../context';
import { requireCleanText } from '../clean-text';
import { newId } from '../../platform/ids';
import { branchesByIds, groupsByIds } from '../../repos/org.repo';
import { insertPush } from '../../repos/studies.repo';

/** The text a reader sees: what the content-security check must read. */
const textOf = (title: string, body: BodyBlock[]) =>
  [title, ...body.map((b) => (b.type === 'image' ? b.caption ?? '' : b.type === 'link' ? b.title : b.text))].filter(Boolean).join('\n');

export interface PushAuthor {
  memberId: string;
  name: string;
  /** Whose uploads the body's cloud images must be (the publisher's own when he wrote it). */
  openid: string;
  /** The push's id, fixed by what it publishes (one lesson, one push): a second insert is a duplicate key. */
  pushId: string;
}

/**
 * The one publish path of a study push (学习推送 and an approved 微党课): the county (any audience)
 * or a secretary (his own branches). A past or missing publishAt means now; a future one schedules
 * the push. Cloud images must be the uploads of whoever wrote the body — the publisher, or the
 * member `author` whose lesson is published — because the function signs them for every reader.
 */
export async function publishPush(input: StudyPublishInput, { caller, now }: Ctx, author?: PushAuthor): Promise<StudyPush> {
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  const publishAt = input.publishAt && input.publishAt > now ? input.publishAt : now;
  if (input.dueDay < dayOf(publishAt)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '打卡截止日期不能早于发布日期', [{ path: 'dueDay', message: '打卡截止日期不能早于发布日期' }]);
  }
  requireOwnImages(input.body, author?.openid ?? caller.openid);
  await requireUnits(input.audience);
  await requireCleanText([textOf(input.title, input.body)], caller.openid, '标题或正文含有不适宜发布的内容，请修改后再发布');

  const push: StudyPush = {
    _id: author?.pushId ?? newId(now),
    title: input.title,
    issueNo: input.issueNo,
    kind: input.kind,
    body: input.body,
    audience: dedupe(input.audience),
    publishAt,
    month: monthOf(publishAt),
    dueDay: input.dueDay,
    publisherOpenid: caller.openid,
    publisherName: caller.name ?? '',
    ...(author ? { author: { memberId: author.memberId, name: author.name } } : {}),
    createdAt: now,
    counters: { total: 0, byBranch: {}, byGroup: {} },
  };
  await insertPush(push);
  return push;
}

function dedupe(audience: Audience): Audience {
  if (audience.scope === 'branches') return { scope: 'branches', branchIds: [...new Set(audience.branchIds)] };
  if (audience.scope === 'groups') return { scope: 'groups', groupIds: [...new Set(audience.groupIds)] };
  return audience;
}

function requireOwnImages(body: BodyBlock[], openid: string): void {
  const foreign = foreignImageBlocks(body, openid);
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
