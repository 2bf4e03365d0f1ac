import type { ImportJob } from '@/domain/import/import.schema';
import type { Member } from '@/domain/member/member.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { defined, inChunks } from '@shared/repos/query';

const imports = (h: DbHandle) => h.collection('imports');

export async function insertImport(job: ImportJob): Promise<void> {
  await imports(db).add({ data: job });
}

export async function getImport(id: string): Promise<ImportJob | null> {
  return ((await imports(db).doc(id).get()).data as ImportJob | null) ?? null;
}

/** Takes the job for one step (conditional update: one holder of an unexpired lease at a time; one request). */
export async function claimImport(id: string, now: number, until: number): Promise<boolean> {
  const res = await imports(db)
    .where({ _id: id, state: _.in(['checked', 'running']), leaseUntil: _.lt(now) })
    .update({ data: { state: 'running', leaseUntil: until, updatedAt: now } });
  return (res?.stats?.updated ?? 0) > 0;
}

export async function patchImport(h: DbHandle, id: string, patch: Partial<ImportJob>): Promise<void> {
  const data: Record<string, unknown> = defined(patch);
  // Arrays replace the stored ones whole (an update would merge them element by element).
  for (const k of ['issues', 'failedBatches'] as const) if (Array.isArray(data[k])) data[k] = _.set(data[k]);
  await imports(h).doc(id).update({ data });
}

/** Members holding any of these phones (index phone; one request per 1000 phones). */
export const membersWithPhones = (phones: string[]): Promise<Pick<Member, '_id' | 'phone' | 'name' | 'branchId' | 'unclaimed'>[]> =>
  inChunks([...new Set(phones)], async (chunk) =>
    (await db.collection('members').where({ phone: _.in(chunk) }).field({ _id: true, phone: true, name: true, branchId: true, unclaimed: true }).limit(1000).get()).data,
  );
