import type { Job } from '@/domain/hometown/job.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { allOf } from '@shared/repos/query';

const jobs = (h: DbHandle) => h.collection('jobs');

export async function insertJob(job: Job): Promise<void> {
  await jobs(db).add({ data: job });
}

/** Jobs reaching a member of `branchId` working in `city` (the audience, not the validity). */
export function reachingMember(branchId: string, city: string | null): object {
  const anyOf: object[] = [{ 'audience.scope': 'county' }, { 'audience.branchIds': branchId }];
  if (city) anyOf.push({ 'audience.cities': city });
  return _.or(anyOf);
}

/** Shown to members on `day`: not past its last day, and not withdrawn. */
export const validOn = (day: string): object => ({ validUntil: _.gte(day), withdrawnAt: _.exists(false) });

export async function getJob(id: string): Promise<Job | null> {
  const { data } = await jobs(db).where({ _id: id }).limit(1).get();
  return (data[0] as Job | undefined) ?? null;
}

/**
 * Replaces a job push's content unless it was withdrawn meanwhile (the condition is part of the
 * update); `_.set` stores the audience whole. Answers whether it changed.
 */
export async function updateJob(id: string, patch: Partial<Job>): Promise<boolean> {
  const data: Record<string, unknown> = { ...patch, ...(patch.audience ? { audience: _.set(patch.audience) } : {}) };
  const res = await jobs(db).where({ _id: id, withdrawnAt: _.exists(false) }).update({ data });
  return (res.stats?.updated ?? 0) > 0;
}

/** Marks a job push withdrawn, once. */
export async function withdrawJob(id: string, now: number): Promise<void> {
  await jobs(db).where({ _id: id, withdrawnAt: _.exists(false) }).update({ data: { withdrawnAt: now, updatedAt: now } });
}

/** One request: newest first by `_id`. */
export async function queryJobs(conds: object[], before: string | undefined, limit: number): Promise<Job[]> {
  const where = allOf(conds, before);
  const { data } = await jobs(db).where(where).orderBy('_id', 'desc').limit(limit).get();
  return data as Job[];
}

export async function countJobs(conds: object[]): Promise<number> {
  const where = allOf(conds);
  return (await jobs(db).where(where).count()).total as number;
}
