import type { ActionOutputs } from '@/contracts';
import type { StudyPublishInput } from '@/domain/study/study.schema';
import type { Ctx } from '@shared/dispatch/context';
import { announcePush } from '../notify-todo';
import { publishPush } from './publish-push';
import { summary } from './study-views';

/** 学习推送 by an organiser: the shared publish path (publish-push.ts), then its announcement to the audience. */
export async function publishStudyHandler(input: StudyPublishInput, ctx: Ctx): Promise<ActionOutputs['study.publish']> {
  const push = await publishPush(input, ctx);
  await announcePush(push, ctx.now);
  return summary(push);
}
