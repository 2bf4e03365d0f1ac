import type { Caller } from '@/domain/auth/grant';
import { canPushTo } from '@/domain/auth/scope.rules';
import type { Job } from '@/domain/hometown/job.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { getJob } from '../../repos/jobs.repo';

/**
 * The job push if the caller manages it: whoever may publish to its whole audience now (the
 * county any, a secretary those aimed only at his branches), as for study pushes.
 */
export async function manageableJob(caller: Caller, jobId: string): Promise<Job> {
  const job = await getJob(jobId);
  if (!job) throw new AppError(ErrorCodes.JOB_NOT_FOUND, '招工信息不存在');
  if (!canPushTo(caller, job.audience)) throw forbidden('县委组织部可管理全部招工信息，支部书记只能管理仅面向本支部的招工信息');
  return job;
}
