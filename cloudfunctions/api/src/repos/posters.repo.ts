import type { PosterJob } from '@/domain/org/poster.schema';
import { _, db } from '@shared/platform/cloud';
import { claimJobStep } from '@shared/repos/lease.repo';
import { defined } from '@shared/repos/query';

/** `posters`: one document per print job; cron-cleanup deletes its files after the retention. */
const posters = () => db.collection('posters');

export async function insertPosterJob(job: PosterJob): Promise<void> {
  await posters().add({ data: job });
}

export async function getPosterJob(id: string): Promise<PosterJob | null> {
  return ((await posters().doc(id).get()).data as PosterJob | null) ?? null;
}

/** Takes the job for one step (one holder of an unexpired lease at a time; lease.repo.ts). */
export const claimPosterJob = (id: string, now: number, until: number): Promise<boolean> => claimJobStep('posters', id, now, until);

export async function patchPosterJob(id: string, patch: Partial<PosterJob>): Promise<void> {
  const data: Record<string, unknown> = defined(patch);
  // The list is replaced whole (an update merges arrays element by element, so [] would change nothing).
  if (Array.isArray(data.partIds)) data.partIds = _.set(data.partIds);
  await posters().doc(id).update({ data });
}
