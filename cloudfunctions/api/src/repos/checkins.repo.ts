import { _, db, type DbHandle } from '@shared/platform/cloud';
import { allOf, defined, getAll, keysetAfter } from '@shared/repos/query';
import type { CheckinDoc } from './studies.repo';

const checkins = (h: DbHandle) => h.collection('checkins');

/** One check-in per member per push: the id says which, so a second first-submit collides. */
export const checkinId = (pushId: string, memberId: string) => `${pushId}_${memberId}`;

export async function insertCheckin(tx: DbHandle, checkin: CheckinDoc): Promise<void> {
  await checkins(tx).add({ data: checkin });
}

export async function patchCheckin(id: string, patch: Partial<CheckinDoc>): Promise<void> {
  // set() on the arrays: they replace the stored ones instead of being merged index by index.
  const data: Record<string, unknown> = defined({ ...patch });
  for (const k of ['photos', 'heldPhotos', 'clientKeys'] as const) if (Array.isArray(data[k])) data[k] = _.set(data[k]);
  await checkins(db).doc(id).update({ data });
}

export async function getCheckin(id: string): Promise<CheckinDoc | null> {
  return ((await checkins(db).doc(id).get()).data as CheckinDoc | null) ?? null;
}

/** Which of these check-ins exist (one request, up to 1000 ids). */
export async function existingCheckinIds(ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const { data } = await checkins(db).where({ _id: _.in(ids) }).field({ _id: true }).limit(ids.length).get();
  return new Set((data as { _id: string }[]).map((d) => d._id));
}

/** Every check-in day of a member (for calendar and streaks): one request per 1000 check-ins. */
export async function checkinDaysOf(memberId: string): Promise<string[]> {
  return (await getAll<{ day: string }>(db, 'checkins', { memberId }, ['_id', 'asc'], { day: true })).map((d) => d.day);
}

export interface CheckinCursor {
  submittedAt: number;
  id: string;
}

/** A page of one push's check-ins in a branch or group, newest first (one request). */
export async function checkinsOfUnit(pushId: string, unit: { branchId: string } | { groupId: string }, after: CheckinCursor | null, limit: number): Promise<CheckinDoc[]> {
  const { data } = await checkins(db)
    .where(allOf([{ pushId, ...unit }, after && keysetAfter('submittedAt', after.submittedAt, after.id)]))
    .orderBy('submittedAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(limit)
    .get();
  return data as CheckinDoc[];
}
