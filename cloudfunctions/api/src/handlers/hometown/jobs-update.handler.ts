import type { HometownOutputs } from '@/contracts/hometown';
import { canPushTo } from '@/domain/auth/scope.rules';
import type { Job, JobsUpdateInput } from '@/domain/hometown/job.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { updateJob } from '../../repos/jobs.repo';
import { jobView } from './hometown-views';
import { checkedJob } from './job-content';
import { manageableJob } from './manageable-job';

const withdrawn = () => new AppError(ErrorCodes.JOB_WITHDRAWN, '该招工信息已撤回，不能再修改');

/**
 * Edits a job push while it is not withdrawn. Unlike a study push it has nothing members act on
 * (no check-ins, no counters): a corrected wage or phone number helps whoever reads it next, so
 * it stays editable after publishing. One conditional update: an edit racing a withdrawal changes nothing.
 */
export async function jobsUpdateHandler(input: JobsUpdateInput, { caller, now }: Ctx): Promise<HometownOutputs['jobs.update']> {
  const job = await manageableJob(caller, input.jobId);
  if (job.withdrawnAt) throw withdrawn();
  if (!canPushTo(caller, input.audience)) throw forbidden('县委组织部可向全县推送，支部书记只能向本支部推送');
  const { jobId: _id, ...fields } = input;
  const patch: Partial<Job> = { ...(await checkedJob(fields, now, caller.openid)), updatedAt: now };
  if (!(await updateJob(job._id, patch))) throw withdrawn();
  return { ...jobView({ ...job, ...patch }, now), manageable: true };
}
