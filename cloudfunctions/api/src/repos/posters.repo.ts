import { db } from '@shared/platform/cloud';

/** One printed poster zip: recorded so cron-cleanup can delete it after the retention. */
export async function recordPoster(openid: string, fileID: string, now: number): Promise<void> {
  await db.collection('posters').add({ data: { openid, fileID, createdAt: now, updatedAt: now } });
}
