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

export const validOn = (day: string): object => ({ validUntil: _.gte(day) });

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
