import type { ActionOutputs } from '@/contracts';
import { LEASE_MS } from '@/domain/ledger/export-job.rules';
import { posterProgressOf } from '@/domain/org/poster-job.rules';
import type { PosterStatusInput } from '@/domain/org/poster.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { requireOrgAdmin } from '@shared/auth/guards';
import { claimPosterJob, getPosterJob } from '../../repos/posters.repo';
import { zipLinkOf } from './poster-files';
import { runPosterStep } from './poster-step';

const clock = () => Date.now();

/**
 * `branch.postersStatus`: the caller's print job, advanced by one step first when it is unfinished
 * and no other call holds it (the page polls this until the zip is ready); a finished job answers
 * its zip's fileID and a fresh link. The job is its starter's alone, and only while he may still
 * print (the right is checked at every step, as when it started).
 */
export async function postersStatusHandler({ jobId }: PosterStatusInput, { caller, now, deadline }: Ctx): Promise<ActionOutputs['branch.postersStatus']> {
  requireOrgAdmin(caller);
  const job = await getPosterJob(jobId);
  if (!job) throw new AppError(ErrorCodes.POSTER_JOB_NOT_FOUND, '打印任务不存在或已过期，请重新生成');
  if (job.openid !== caller.openid) throw forbidden('只能查看自己的打印任务');
  if (job.state !== 'running') return posterProgressOf(job, await zipLinkOf(job), false);
  const leaseUntil = now + LEASE_MS;
  // Another poll is working on it: report, do not race it.
  if (!(await claimPosterJob(jobId, now, leaseUntil))) return posterProgressOf(job, null, true);
  const after = await runPosterStep({ ...job, leaseUntil }, now, clock, deadline);
  return posterProgressOf(after, await zipLinkOf(after), false);
}
