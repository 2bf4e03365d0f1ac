import type { ExportJob } from '@/domain/ledger/ledger.schema';
import { isMissingCollection } from '@shared/platform/db-errors';
import { _, db } from '@shared/platform/cloud';
import { byIds, defined } from '@shared/repos/query';

const exportsOf = () => db.collection('exports');

export async function insertJob(job: ExportJob): Promise<void> {
  await exportsOf().add({ data: job });
}

export async function getJob(id: string): Promise<ExportJob | null> {
  return ((await exportsOf().doc(id).get()).data as ExportJob | null) ?? null;
}

/**
 * Takes the job for one step: a conditional update that succeeds only when no other call holds an
 * unexpired lease, so two polls of one job never write the same part twice (one request).
 */
export async function claimJob(id: string, now: number, until: number): Promise<boolean> {
  const res = await exportsOf()
    .where({ _id: id, state: 'running', leaseUntil: _.lt(now) })
    .update({ data: { leaseUntil: until, updatedAt: now } });
  return (res?.stats?.updated ?? 0) > 0;
}

export async function patchJob(id: string, patch: Partial<ExportJob>): Promise<void> {
  await exportsOf().doc(id).update({ data: defined(patch) });
}

/**
 * The paired cadre of each member (`pairings/<memberId>.cadreName`, kept by the pairing area), one
 * request per page of up to 1000 ids. Before the pairing area's collection exists there are none.
 */
export async function cadreNamesOf(memberIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const rows = await byIds<{ _id: string; cadreName?: string }>(db, 'pairings', memberIds, { _id: true, cadreName: true });
    for (const p of rows) if (p.cadreName) out.set(p._id, p.cadreName);
  } catch (err) {
    if (!isMissingCollection(err)) throw err;
  }
  return out;
}
