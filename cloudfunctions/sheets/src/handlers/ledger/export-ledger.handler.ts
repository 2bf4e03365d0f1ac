import { randomBytes } from 'node:crypto';
import type { ActionOutputs } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { exportAccessKey, progressOf } from '@/domain/ledger/export-job.rules';
import type { ExportJob, LedgerExportInput } from '@/domain/ledger/ledger.schema';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { claimJob, insertJob } from '../../repos/exports.repo';
import { countMembers, memberQueryFor } from '@shared/repos/members.repo';
import { linkOf } from './export-files';
import { exportConstraint, leaseFrom, runStep } from './export-step';
import { ownJob } from './own-job';

/** The real clock, for the step's time budget only; rules take the call's one `now`. */
const clock = () => Date.now();

/**
 * `ledger.export`: starts a job from the ledger's filters, or continues the caller's job `jobId`.
 * Either way the call runs one step within the function's time limit and answers the progress;
 * a small ledger is done (with its link) in the first call. Refusals come before any write.
 */
export async function exportLedgerHandler(input: LedgerExportInput, { caller, now, deadline }: Ctx): Promise<ActionOutputs['ledger.export']> {
  if (input.jobId) return continueJob(input.jobId, caller, now, deadline);
  const { jobId: _none, ...filters } = input;
  const constraint = exportConstraint(caller, filters);
  const job: ExportJob = {
    _id: newId(now),
    openid: caller.openid,
    accessKey: exportAccessKey(caller),
    filters,
    state: 'running',
    total: await countMembers(memberQueryFor(filters, constraint)),
    processed: 0,
    cursor: null,
    exhausted: false,
    partIds: [],
    fileID: null,
    fileName: null,
    fileToken: randomBytes(16).toString('hex'),
    leaseUntil: leaseFrom(now),
    failures: 0,
    error: null,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
  };
  await insertJob(job);
  const after = await runStep(job, caller, constraint, now, clock, deadline);
  return progressOf(after, await linkOf(after.fileID), false);
}

async function continueJob(jobId: string, caller: Caller, now: number, deadline: number): Promise<ActionOutputs['ledger.export']> {
  const job = await ownJob(jobId, caller);
  const constraint = exportConstraint(caller, job.filters);
  if (job.state !== 'running') return progressOf(job, await linkOf(job.fileID), false);
  const leaseUntil = leaseFrom(now);
  // Another poll is working on it: report, do not race it.
  if (!(await claimJob(jobId, now, leaseUntil))) return progressOf(job, null, true);
  const after = await runStep({ ...job, leaseUntil }, caller, constraint, now, clock, deadline);
  return progressOf(after, await linkOf(after.fileID), false);
}
