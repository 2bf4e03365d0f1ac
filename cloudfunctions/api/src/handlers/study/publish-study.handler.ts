import type { ActionOutputs } from '@/contracts';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { monthOf } from '@/domain/study/calendar.rules';
import { foreignImageBlocks } from '@/domain/study/photo.rules';
import type { Audience, BodyBlock, StudyPublishInput, StudyPush } from '@/domain/study/study.schema';
import { canPushTo } from '@/domain/auth/scope.rules';
import type { Ctx } from '../../context';
import { requireCleanText } from '../clean-text';
import { announcePush } from '../notify-todo';
import { newId } from '../../platform/ids';
import { branchesByIds, groupsByIds } from '../../repos/org.repo';
import { insertPush } from '../../repos/studies.repo';
import { summary } from './study-views';

/** The text a reader sees: what the content-security check must read. */
const textOf = (title: string, body: BodyBlock[]) =>
  [title, ...body.map((b) => (b.type === 'image' ? b.caption ?? '' : b.type === 'link' ? b.title : b.text))].filter(Boolean).join('\n');

/**
 * 学习推送: the county (any audience) or a secretary (his own branches). A past or missing
 * publishAt means now; a future one schedules the push (members see it from then on).
 */
export async function publishStudyHandler(input: StudyPublishInput, { caller, now }: Ctx): Promise<ActionOutputs['study.publish']> {
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  const publishAt = input.publishAt && input.publishAt > now ? input.publishAt : now;
  if (input.dueDay < dayOf(publishAt)) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '打卡截止日期不能早于发布日期', [{ path: 'dueDay', message: '打卡截止日期不能早于发布日期' }]);
  }
  requireOwnImages(input.body, caller.openid);
  await requireUnits(input.audience);
  await requireCleanText([textOf(input.title, input.body)], caller.openid, '标题或正文含有不适宜发布的内容，请修改后再发布');

  const push: StudyPush = {
    _id: newId(now),
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
    createdAt: now,
    counters: { total: 0, byBranch: {}, byGroup: {} },
  };
  await insertPush(push);
  await announcePush(push, now);
  return summary(push);
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
