import type { ActionOutputs } from '@/contracts';
import { importView } from '@/domain/import/import-job.rules';
import type { ImportJobInput } from '@/domain/import/import.schema';
import type { Ctx } from '@shared/dispatch/context';
import { ownImport } from './import-rights';

/** `import.status`: the report and progress of the caller's own job. */
export async function importStatusHandler(input: ImportJobInput, { caller, now }: Ctx): Promise<ActionOutputs['import.status']> {
  const job = await ownImport(input.jobId, caller);
  return importView(job, job.state === 'running' && job.leaseUntil > now);
}
