import type { ActionOutputs } from '@/contracts';
import { progressOf } from '@/domain/ledger/export-job.rules';
import type { LedgerExportStatusInput } from '@/domain/ledger/ledger.schema';
import type { Ctx } from '@shared/dispatch/context';
import { linkOf } from './export-files';
import { exportConstraint } from './export-step';
import { ownJob } from './own-job';

/**
 * `ledger.exportStatus`: a job's progress, and for a finished one a fresh temporary link. The
 * caller must still be allowed the job's scope (the file holds the data the list would show him).
 */
export async function exportStatusHandler(input: LedgerExportStatusInput, { caller, now }: Ctx): Promise<ActionOutputs['ledger.exportStatus']> {
  const job = await ownJob(input.jobId, caller);
  exportConstraint(caller, job.filters);
  return progressOf(job, await linkOf(job.fileID), job.state === 'running' && job.leaseUntil > now);
}
