import type { ActionOutputs } from '@/contracts';
import type { StudyPublishInput } from '@/domain/study/study.schema';
import type { Ctx } from '../../context';
import { publishPush } from './publish-push';
import { summary } from './study-views';

/** 学习推送 by an organiser: the shared publish path (publish-push.ts), its summary answered. */
export async function publishStudyHandler(input: StudyPublishInput, ctx: Ctx): Promise<ActionOutputs['study.publish']> {
  return summary(await publishPush(input, ctx));
}
