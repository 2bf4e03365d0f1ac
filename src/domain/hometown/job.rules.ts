import { dayOf } from '../shared/day.rules';
import type { Job, JobAudience } from './job.schema';

/** Still shown to members on `now`'s Shanghai day (the last day counts), unless withdrawn. */
export const isJobValid = (job: Pick<Job, 'validUntil' | 'withdrawnAt'>, now: number): boolean => !job.withdrawnAt && job.validUntil >= dayOf(now);

/** Whether a job reaches a member of branch `branchId` working in `city`. */
export function jobTargets(audience: JobAudience, member: { branchId: string; city: string | null }): boolean {
  if (audience.scope === 'county') return true;
  if (audience.scope === 'branches') return audience.branchIds.includes(member.branchId);
  return member.city !== null && audience.cities.includes(member.city);
}

/** Duplicates removed, so the stored audience is what the list query matches. */
export function dedupeJobAudience(audience: JobAudience): JobAudience {
  if (audience.scope === 'branches') return { scope: 'branches', branchIds: [...new Set(audience.branchIds)] };
  if (audience.scope === 'cities') return { scope: 'cities', cities: [...new Set(audience.cities)] };
  return audience;
}
