import type { ActionOutputs } from '@/contracts';
import { importView, LEASE_MS } from '@/domain/import/import-job.rules';
import type { ImportJobInput } from '@/domain/import/import.schema';
import type { Ctx } from '@shared/dispatch/context';
import { claimImport } from '../../repos/imports.repo';
import { runImportStep } from './import-step';
import { ownImport } from './import-rights';

/** The real clock, for the step's time budget only. */
const clock = () => Date.now();

/**
 * `import.run`: writes the checked rows, one step per call within the function's time limit; the
 * page calls again until `state` is `done`. A second caller while a step runs only gets progress.
 */
export async function runImportHandler(input: ImportJobInput, { caller, now }: Ctx): Promise<ActionOutputs['import.run']> {
  const job = await ownImport(input.jobId, caller);
  if (job.state === 'done') return importView(job, false);
  const leaseUntil = now + LEASE_MS;
  if (!(await claimImport(job._id, now, leaseUntil))) return importView(job, true);
  return importView(await runImportStep({ ...job, state: 'running', leaseUntil }, caller.openid, now, clock), false);
}
