import type { ActivityCounters, CounterMoves } from '@/domain/activity/activity-counters.rules';
import { enrolmentGuard } from '@/domain/activity/capacity.rules';
import type { Activity, ActivityRecord, ActivitySignin } from '@/domain/activity/activity.schema';
import { _, db } from '@shared/platform/cloud';
import { allOf, byIds, getAll, incOrInsert } from '@shared/repos/query';

/**
 * activities/<id>: the activity with its `enrolled` and `signedIn` counters (many members write
 * them at once: atomic increments only, never inside a transaction).
 * activityEnrolments/<activityId>_<memberId>, activitySignins/<activityId>_<memberId>: one per
 * member per activity, the `_id` the idempotency key (a second insert fails as a duplicate).
 * activityCounters/<year>_<unit>: the statistics (activity-counters.rules.ts).
 */
const activities = () => db.collection('activities');
const enrolments = () => db.collection('activityEnrolments');
const signins = () => db.collection('activitySignins');

export const recordId = (activityId: string, memberId: string) => `${activityId}_${memberId}`;

export async function insertActivity(a: Activity): Promise<void> {
  await activities().add({ data: a });
}

export async function getActivity(id: string): Promise<Activity | null> {
  return ((await activities().doc(id).get()).data as Activity | null) ?? null;
}

/** Newest first by `_id` (creation), the branches' (null: all), before `cursor`. */
export async function queryActivities(branchIds: string[] | null, before: string | undefined, limit: number): Promise<Activity[]> {
  const where = allOf([branchIds ? { branchIds: _.in(branchIds) } : null], before);
  return (await activities().where(where).orderBy('_id', 'desc').limit(limit).get()).data as Activity[];
}

/**
 * Takes a seat: one conditional increment that matches only while seats are left
 * (capacity.rules.ts), so concurrent enrolments never take more seats than there are. False: full.
 */
export async function takeSeat(id: string, capacity: number | null): Promise<boolean> {
  const guard = enrolmentGuard(capacity);
  const where = guard ? { _id: id, enrolled: _.lt(guard.below) } : { _id: id };
  const res = await activities().where(where).update({ data: { enrolled: _.inc(1) } });
  return (res?.stats?.updated ?? 0) > 0;
}

/** Gives a seat back (an enrolment whose record could not be written). */
export async function releaseSeat(id: string): Promise<void> {
  await activities().doc(id).update({ data: { enrolled: _.inc(-1) } });
}

export async function insertEnrolment(r: ActivityRecord): Promise<void> {
  await enrolments().add({ data: r });
}

export async function insertSignin(s: ActivitySignin): Promise<void> {
  await signins().add({ data: s });
}

export async function countSignin(activityId: string): Promise<void> {
  await activities().doc(activityId).update({ data: { signedIn: _.inc(1) } });
}

export async function getSignin(id: string): Promise<ActivitySignin | null> {
  return ((await signins().doc(id).get()).data as ActivitySignin | null) ?? null;
}

export const enrolmentsByIds = (ids: string[]): Promise<ActivityRecord[]> => byIds<ActivityRecord>(db, 'activityEnrolments', ids);
export const signinsByIds = (ids: string[]): Promise<ActivitySignin[]> => byIds<ActivitySignin>(db, 'activitySignins', ids);

export const enrolmentsOf = (activityId: string): Promise<ActivityRecord[]> => getAll<ActivityRecord>(db, 'activityEnrolments', { activityId });
export const signinsOf = (activityId: string): Promise<ActivitySignin[]> => getAll<ActivitySignin>(db, 'activitySignins', { activityId });

/** A member's sign-ins of a year (一人一档), oldest first. */
export const signinsOfMember = (memberId: string, year: number): Promise<ActivitySignin[]> => getAll<ActivitySignin>(db, 'activitySignins', { memberId, year });

/**
 * Sets a sign-in's hours only if it still holds `was` (compare-and-set): two organisers editing at
 * once cannot both move the counters by a delta read from the same old value. False: it changed.
 */
export async function setHours(id: string, was: number, hours: number, now: number): Promise<boolean> {
  // hoursAt: the reconciler finds the sign-ins whose hours changed since its last run.
  const res = await signins().where({ _id: id, hours: was }).update({ data: { hours, hoursAt: now } });
  return (res?.stats?.updated ?? 0) > 0;
}

export async function saveSummary(id: string, summary: string, photos: string[], now: number): Promise<void> {
  await activities().doc(id).update({ data: { summary, photos: _.set(photos), summarizedAt: now } });
}

/** One increment per counters document (the insert of one not there yet): never in a transaction. */
export async function moveActivityCounters(ids: string[], year: number, moves: CounterMoves, now: number): Promise<void> {
  if (!Object.keys(moves).length) return;
  await Promise.all(ids.map((id) => incOrInsert(db, 'activityCounters', id, moves, now, { year })));
}

export async function getActivityCounters(id: string): Promise<ActivityCounters | null> {
  return ((await db.collection('activityCounters').doc(id).get()).data as ActivityCounters | null) ?? null;
}

export const activitiesByIds = (ids: string[]): Promise<Activity[]> => byIds<Activity>(db, 'activities', [...new Set(ids)]);

/** A member's enrolments in activities starting in [from, to) and not over at `now` (his to-do). */
export async function enrolmentsStarting(memberId: string, from: number, to: number, now: number): Promise<ActivityRecord[]> {
  return (await enrolments().where({ memberId, startAt: _.and(_.gte(from), _.lt(to)), endAt: _.gt(now) }).limit(100).get()).data as ActivityRecord[];
}
