import type { HometownOutputs } from '@/contracts/hometown';
import type { Ctx } from '@shared/dispatch/context';
import { getJob, withdrawJob } from '../../repos/jobs.repo';
import { jobView } from './hometown-views';
import { manageableJob } from './manageable-job';

/** Withdraws a job push: members no longer see it; its publisher's list keeps it, marked. A second call changes nothing. */
export async function jobsWithdrawHandler(input: { jobId: string }, { caller, now }: Ctx): Promise<HometownOutputs['jobs.withdraw']> {
  const job = await manageableJob(caller, input.jobId);
  if (!job.withdrawnAt) await withdrawJob(job._id, now);
  return { ...jobView((await getJob(job._id)) ?? job, now), manageable: true };
}
