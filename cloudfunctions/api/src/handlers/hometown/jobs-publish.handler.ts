import type { HometownOutputs } from '@/contracts/hometown';
import { canPushTo } from '@/domain/auth/scope.rules';
import type { Job, JobsPublishInput } from '@/domain/hometown/job.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { insertJob } from '../../repos/jobs.repo';
import { jobView } from './hometown-views';
import { checkedJob } from './job-content';

/**
 * 招工就业信息: the county pushes to anyone (county, branches, cities); a secretary to his own
 * branches. Every field a member reads passes content security; nothing is stored before.
 */
export async function jobsPublishHandler(input: JobsPublishInput, { caller, now }: Ctx): Promise<HometownOutputs['jobs.publish']> {
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  const job: Job = {
    _id: newId(now),
    ...(await checkedJob(input, now, caller.openid)),
    publisherOpenid: caller.openid,
    publisherName: caller.name ?? '',
    createdAt: now,
  };
  await insertJob(job);
  return jobView(job, now);
}
