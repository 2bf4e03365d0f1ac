import type { ExportJob } from '@/domain/ledger/ledger.schema';
import { isMissingCollection } from '@shared/platform/db-errors';
import { db } from '@shared/platform/cloud';
import { claimJobStep } from '@shared/repos/lease.repo';
import { byIds, defined } from '@shared/repos/query';

const exportsOf = () => db.collection('exports');

export async function insertJob(job: ExportJob): Promise<void> {
  await exportsOf().add({ data: job });
}

export async function getJob(id: string): Promise<ExportJob | null> {
  return ((await exportsOf().doc(id).get()).data as ExportJob | null) ?? null;
}

/** Takes the job for one step (one holder of an unexpired lease at a time; lease.repo.ts). */
export const claimJob = (id: string, now: number, until: number): Promise<boolean> => claimJobStep('exports', id, now, until);

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
