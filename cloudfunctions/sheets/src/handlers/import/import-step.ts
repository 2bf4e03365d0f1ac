import { BATCH_ROWS, importedId, keptIssues, mayWriteMore } from '@/domain/import/import-job.rules';
import type { ImportIssue, ImportJob, ImportRow } from '@/domain/import/import.schema';
import { issue } from '@/domain/import/sheet.rules';
import { villageKey } from '@/domain/import/village-import.rules';
import type { Member } from '@/domain/member/member.schema';
import type { Group } from '@/domain/org/org.schema';
import { memberCounterDeltas, type CounterDelta } from '@/domain/stats/counter.rules';
import { db, inTransaction } from '@shared/platform/cloud';
import { applyCounterDeltas, insertUnitCounters } from '@shared/repos/counters.repo';
import { membersWithPhones, patchImport } from '../../repos/imports.repo';
import { membersByIds } from '@shared/repos/members.repo';
import { listGroups } from '@shared/repos/org.repo';
import { defined } from '@shared/repos/query';
import { readRows } from './import-files';

const batchOf = (rows: ImportRow[], b: number) => rows.slice(b * BATCH_ROWS, (b + 1) * BATCH_ROWS);

/**
 * One step of an import the caller holds the lease on. Each batch is one transaction: its records
 * and the job's `nextBatch` together, so a batch is written whole or not at all and never twice
 * (a retried batch would also collide on its deterministic ids). Rows taken meanwhile (a member
 * joined with that phone, a village created since the dry run) are reported and left out before
 * the transaction. The branch and group counters move after the commit by atomic increments,
 * outside any transaction (many members write those documents); `countedBatches` records that,
 * so a step that died between the two moves them on the next call (a death between the increment
 * and that record double-counts one batch, which the counter reconciler recomputes from records).
 */
export async function runImportStep(job: ImportJob, byOpenid: string, now: number, clock: () => number): Promise<ImportJob> {
  const startedAt = clock();
  const rows = job.rowsFileID ? await readRows(job.rowsFileID) : [];
  let j = job;
  for (let b = j.countedBatches; b < j.nextBatch; b++) {
    // A step died after committing batch b: the records it holds are those its ids name.
    j = await moveCounters(j, b, await membersByIds(batchOf(rows, b).map((r) => importedId(j._id, r.row))), now);
  }
  const takenVillages = j.kind === 'groups' ? new Set((await listGroups()).map((g) => villageKey(g.township, g.village))) : new Set<string>();
  while (j.nextBatch < j.batches && mayWriteMore(startedAt, clock())) {
    const b = j.nextBatch;
    const step = await writeBatch(j, batchOf(rows, b), takenVillages, byOpenid, now);
    j = step.job;
    if (j.kind === 'members' && step.written.length) j = await moveCounters(j, b, step.written, now);
  }
  const done = j.nextBatch >= j.batches;
  const finish: Partial<ImportJob> = { state: done ? 'done' : 'running', leaseUntil: 0, updatedAt: now, finishedAt: done ? now : null };
  await patchImport(db, j._id, finish);
  return { ...j, ...finish };
}

/** The rows of a batch that are still free to write, and the issues of those that are not. */
async function stillFree(job: ImportJob, batch: ImportRow[], takenVillages: Set<string>): Promise<{ free: ImportRow[]; taken: ImportIssue[] }> {
  const taken: ImportIssue[] = [];
  if (job.kind === 'groups') {
    const free = batch.filter((r) => {
      if (r.kind !== 'groups' || !takenVillages.has(villageKey(r.group.township, r.group.village))) return true;
      taken.push(issue(r.row, '村', `${r.group.township}${r.group.village}在预检后已有网上党小组，未导入`));
      return false;
    });
    return { free, taken };
  }
  const phones = batch.flatMap((r) => (r.kind === 'members' ? [r.member.phone] : []));
  const owners = new Map((await membersWithPhones(phones)).map((m) => [m.phone, m.name]));
  const free = batch.filter((r) => {
    const name = r.kind === 'members' ? owners.get(r.member.phone) : undefined;
    if (name === undefined) return true;
    taken.push(issue(r.row, '联系电话', `联系电话：预检后已有手机号相同的党员（${name}），未导入`));
    return false;
  });
  return { free, taken };
}

function recordOf(job: ImportJob, r: ImportRow, byOpenid: string, now: number): { collection: string; data: Member | Group } {
  const _id = importedId(job._id, r.row);
  if (r.kind === 'groups') return { collection: 'groups', data: { _id, ...r.group, createdAt: now } };
  const member: Member = {
    _id,
    openid: `import:${_id}`,
    ...r.member,
    joinedAt: now,
    updatedAt: now,
    imported: { jobId: job._id, at: now, byOpenid },
    unclaimed: true,
  };
  return { collection: 'members', data: defined(member) };
}

async function writeBatch(job: ImportJob, batch: ImportRow[], takenVillages: Set<string>, byOpenid: string, now: number): Promise<{ job: ImportJob; written: Member[] }> {
  const { free, taken } = await stillFree(job, batch, takenVillages);
  const issues = taken.length ? keptIssues([...job.issues, ...taken]) : job.issues;
  const issueCount = job.issueCount + taken.length;
  const next = { nextBatch: job.nextBatch + 1, imported: job.imported + free.length, issues, issueCount, updatedAt: now };
  const records = free.map((r) => recordOf(job, r, byOpenid, now));
  // A batch with nothing left to write, or villages (no counters), is counted with its commit.
  const counted = job.kind === 'groups' || !free.length ? { countedBatches: next.nextBatch } : {};
  try {
    await inTransaction(async (tx) => {
      for (const { collection, data } of records) {
        await tx.collection(collection).add({ data });
        if (collection === 'groups') await insertUnitCounters(tx, 'group', data._id, now);
      }
      await patchImport(tx, job._id, { ...next, ...counted });
    });
    for (const r of free) if (r.kind === 'groups') takenVillages.add(villageKey(r.group.township, r.group.village));
    const written = job.kind === 'members' ? records.map((x) => x.data as Member) : [];
    return { job: { ...job, ...next, ...counted }, written };
  } catch (err) {
    console.error('[sheets] import batch failed', job._id, job.nextBatch, err);
    const failed = {
      fromRow: batch[0]?.row ?? 0,
      toRow: batch[batch.length - 1]?.row ?? 0,
      rows: free.length,
      message: '本批写入失败，本批各行均未导入，请稍后把这些行重新导入',
    };
    const patch = { nextBatch: next.nextBatch, issues, issueCount, failedBatches: [...job.failedBatches, failed], countedBatches: Math.max(job.countedBatches, next.nextBatch), updatedAt: now };
    await patchImport(db, job._id, patch);
    return { job: { ...job, ...patch }, written: [] };
  }
}

/** Moves the branch and group counters for the records batch `b` wrote, then records the batch as counted. */
async function moveCounters(job: ImportJob, b: number, written: Member[], now: number): Promise<ImportJob> {
  if (b < job.countedBatches) return job;
  const deltas = new Map<string, CounterDelta>();
  for (const m of written) {
    for (const [key, d] of memberCounterDeltas(null, m)) {
      const sum = deltas.get(key) ?? { members: 0, lost: 0, byCity: {} };
      sum.members += d.members;
      sum.lost += d.lost;
      for (const [c, n] of Object.entries(d.byCity)) sum.byCity[c] = (sum.byCity[c] ?? 0) + n;
      deltas.set(key, sum);
    }
  }
  await applyCounterDeltas(deltas, now);
  await patchImport(db, job._id, { countedBatches: b + 1, updatedAt: now });
  return { ...job, countedBatches: b + 1 };
}
