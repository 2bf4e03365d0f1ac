import type { ActionOutputs } from '@/contracts';
import { forbidden } from '@/domain/shared/errors';
import type { StudyPublishInput, StudyPush } from '@/domain/study/study.schema';
import { canPushTo } from '@/domain/auth/scope.rules';
import type { Ctx } from '../../context';
import { announcePush } from '../notify-todo';
import { newId } from '../../platform/ids';
import { insertPush } from '../../repos/studies.repo';
import { checkedContent } from './push-content';
import { summary } from './study-views';

/**
 * 学习推送: the county (any audience) or a secretary (his own branches). A past or missing
 * publishAt means now; a future one schedules the push (members see it from then on).
 */
export async function publishStudyHandler(input: StudyPublishInput, { caller, now }: Ctx): Promise<ActionOutputs['study.publish']> {
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  const content = await checkedContent(input, now, [caller.openid], caller.openid);
  const push: StudyPush = {
    _id: newId(now),
    ...content,
    publisherOpenid: caller.openid,
    publisherName: caller.name ?? '',
    createdAt: now,
    counters: { total: 0, byBranch: {}, byGroup: {} },
  };
  await insertPush(push);
  await announcePush(push, now);
  return summary(push);
}
