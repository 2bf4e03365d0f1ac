import type { ExportJob } from '@/domain/ledger/ledger.schema';
import { isMissingCollection } from '../platform/db-errors';
import { _, db } from '../platform/cloud';
import { defined } from './query';

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
  if (!memberIds.length) return out;
  try {
    const { data } = await db
      .collection('pairings')
      .where({ _id: _.in(memberIds) })
      .field({ _id: true, cadreName: true })
      .limit(Math.min(memberIds.length, 1000))
      .get();
    for (const p of data as { _id: string; cadreName?: string }[]) if (p.cadreName) out.set(p._id, p.cadreName);
  } catch (err) {
    if (!isMissingCollection(err)) throw err;
  }
  return out;
}
