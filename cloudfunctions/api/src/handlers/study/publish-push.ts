import { canPushTo } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { StudyPublishInput, StudyPush } from '@/domain/study/study.schema';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { insertPush } from '../../repos/studies.repo';
import { checkedContent } from './push-content';

/** A member's lesson published as a push (微党课): who wrote it, and the push's id fixed by the lesson. */
export interface PushAuthor {
  memberId: string;
  name: string;
  /** His uploads may be in the body (the lesson's images), beside the publisher's. */
  openid: string;
  /** One lesson, one push: a second insert of the same id is a duplicate key. */
  pushId: string;
}

/**
 * The one publish path of a study push (学习推送, and an approved 微党课 with its `author`): the
 * county (any audience) or a secretary (his own branches); the content held to push-content.ts's
 * checks. A past or missing publishAt means now; a future one schedules the push.
 */
export async function publishPush(input: StudyPublishInput, { caller, now }: Ctx, author?: PushAuthor): Promise<StudyPush> {
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  const content = await checkedContent(input, now, author ? [caller.openid, author.openid] : [caller.openid], caller.openid);
  const push: StudyPush = {
    _id: author?.pushId ?? newId(now),
    ...content,
    publisherOpenid: caller.openid,
    publisherName: caller.name ?? '',
    ...(author ? { author: { memberId: author.memberId, name: author.name }, authorOpenid: author.openid } : {}),
    createdAt: now,
    counters: { total: 0, byBranch: {}, byGroup: {} },
  };
  await insertPush(push);
  return push;
}
