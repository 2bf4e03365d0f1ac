import { randomBytes } from 'node:crypto';
import type { Caller } from '@/domain/auth/grant';
import type { ListConstraint } from '@/domain/auth/scope.rules';
import { afterFailure, LEASE_MS, mayAssemble, mayReadMore, PAGE, STEP_MAX_ROWS, stepBudgetMs } from '@/domain/ledger/export-job.rules';
import { ledgerRow } from '@/domain/ledger/ledger-columns.rules';
import type { ExportJob, LedgerFilters } from '@/domain/ledger/ledger.schema';
import { exportFileName, exportFilePath, ledgerTitle, scopeLabel } from '@/domain/ledger/ledger-title.rules';
import { viewForCaller } from '@/domain/member/mask.rules';
import { getCounty } from '@shared/repos/config.repo';
import { cadreNamesOf, patchJob } from '../../repos/exports.repo';
import { memberQueryFor, queryMembers } from '@shared/repos/members.repo';
import { listBranches, listGroups } from '@shared/repos/org.repo';
import { requireListConstraint } from '@shared/auth/guards';
import { readPart, removeParts, saveWorkbook, savePart, type PartRows } from './export-files';
import { writeLedgerWorkbook } from './ledger-workbook';

/** Rows per step; LEDGER_EXPORT_STEP_ROWS lowers it so tests and benches can watch a multi-step export. */
const stepMaxRows = (): number => Number(process.env.LEDGER_EXPORT_STEP_ROWS) || STEP_MAX_ROWS;

/** Branch and group names, read once per step (a county has tens of branches, hundreds of groups). */
async function unitNames() {
  const [branches, groups] = await Promise.all([listBranches(), listGroups()]);
  const b = new Map(branches.map((x) => [x._id, x.name]));
  const g = new Map(groups.map((x) => [x._id, x.name]));
  return { branch: (id: string) => b.get(id) ?? null, group: (id: string) => g.get(id) ?? null };
}

/**
 * The caller's right to this export, checked before every step takes the job: a role revoked
 * mid-export stops it with nothing written. (Rows are then masked for him by viewForCaller,
 * exactly as member.list shows them.)
 */
export const exportConstraint = (caller: Caller, filters: LedgerFilters): Constraint => requireListConstraint(caller, filters, '无权导出该范围的党员');

type Constraint = NonNullable<ListConstraint>;
type Names = Awaited<ReturnType<typeof unitNames>>;

/**
 * One step of a job the caller holds the lease on: reads pages of members from the job's cursor
 * (keyset on `_id`, never skip), writes them as one part file, then assembles the workbook when
 * the members are exhausted and time is left. The job document is written last, so a step that
 * dies leaves the job where the last good step left it (a rewritten part overwrites its own path).
 */
export async function runStep(job: ExportJob, caller: Caller, constraint: Constraint, now: number, clock: () => number, deadline: number): Promise<ExportJob> {
  const startedAt = clock();
  // Half of what the call has left: the function's real limit sets the step, not a constant.
  const budgetMs = stepBudgetMs(deadline - startedAt);
  let scratch: string[] = [];
  let next = job;
  try {
    const names = await unitNames();
    if (!job.exhausted) next = await readChunk(job, caller, constraint, names, now, startedAt, clock, budgetMs);
    if (next.exhausted && mayAssemble(startedAt, clock(), next.processed - job.processed, next.processed, budgetMs)) {
      scratch = next.partIds;
      next = await assemble(next, constraint, names, now);
    }
    next = { ...next, leaseUntil: 0, failures: 0, updatedAt: clock() };
  } catch (err) {
    console.error('[sheets] export step failed', job._id, err);
    next = { ...job, ...afterFailure(job, '导出失败，请重新导出'), leaseUntil: 0, updatedAt: clock() };
    if (next.state === 'failed') scratch = job.partIds;
  }
  await patchJob(job._id, stepPatch(next));
  // Only once the job no longer needs them (done or failed for good) are the parts removed.
  if (scratch.length) await removeParts(scratch);
  return next;
}

const stepPatch = (j: ExportJob): Partial<ExportJob> => ({
  state: j.state,
  processed: j.processed,
  cursor: j.cursor,
  exhausted: j.exhausted,
  partIds: j.partIds,
  fileID: j.fileID,
  fileName: j.fileName,
  leaseUntil: j.leaseUntil,
  failures: j.failures,
  error: j.error,
  updatedAt: j.updatedAt,
  finishedAt: j.finishedAt,
});

async function readChunk(
  job: ExportJob,
  caller: Caller,
  constraint: Constraint,
  names: Names,
  now: number,
  startedAt: number,
  clock: () => number,
  budgetMs: number,
): Promise<ExportJob> {
  const rows: PartRows = [];
  let cursor = job.cursor;
  let exhausted = false;
  do {
    const page = await queryMembers(memberQueryFor(job.filters, constraint, cursor ?? undefined), PAGE);
    const cadres = await cadreNamesOf(page.map((m) => m._id));
    for (const m of page) {
      const member = viewForCaller(caller, m);
      rows.push(ledgerRow({ member, branchName: names.branch(m.branchId), groupName: names.group(m.groupId), cadreName: cadres.get(m._id) ?? null }, job.processed + rows.length + 1, now));
    }
    if (page.length) cursor = page[page.length - 1]._id;
    exhausted = page.length < PAGE;
  } while (!exhausted && mayReadMore(startedAt, clock(), rows.length, stepMaxRows(), budgetMs));
  const partIds = rows.length ? [...job.partIds, await savePart(job.openid, job._id, job.partIds.length + 1, rows)] : job.partIds;
  return { ...job, cursor, exhausted, partIds, processed: job.processed + rows.length };
}

async function assemble(job: ExportJob, constraint: Constraint, names: Names, now: number): Promise<ExportJob> {
  const countyName = (await getCounty())?.name ?? '';
  const title = ledgerTitle(countyName, scopeLabel(job.filters, constraint, names), job.createdAt, job.processed);
  // Parts are read one at a time while the workbook streams, so only one part is in memory as JSON.
  async function* parts() {
    for (const id of job.partIds) yield await readPart(id);
  }
  const bytes = await writeLedgerWorkbook(title, parts());
  const fileID = await saveWorkbook(exportFilePath(job.openid, job.createdAt, job.fileToken ?? randomBytes(16).toString('hex')), bytes);
  return { ...job, state: 'done', fileID, fileName: exportFileName(countyName, job.createdAt), partIds: [], finishedAt: now };
}

/** The lease a step takes (also set on a new job, which its first step then runs without a claim). */
export const leaseFrom = (now: number): number => now + LEASE_MS;
