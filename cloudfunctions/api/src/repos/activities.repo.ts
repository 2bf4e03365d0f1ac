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
 * Takes a seat: one conditional increment that matches only while the activity is not cancelled,
 * still has the capacity read and seats are left below it (capacity.rules.ts), so concurrent
 * enrolments, a capacity lowered and a cancel in between never overfill it. False: not taken.
 */
export async function takeSeat(id: string, capacity: number | null): Promise<boolean> {
  const guard = enrolmentGuard(capacity);
  const where = { _id: id, cancelled: _.neq(true), capacity: guard.capacity === null ? _.eq(null) : guard.capacity, ...(guard.below === null ? {} : { enrolled: _.lt(guard.below) }) };
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

/** Revives a withdrawn enrolment (the member enrols again): only while it is withdrawn. False: it is not. */
export async function reviveEnrolment(r: ActivityRecord): Promise<boolean> {
  const { _id, ...fields } = r;
  const res = await enrolments().where({ _id, withdrawn: true }).update({ data: { ...fields, withdrawn: false } });
  return (res?.stats?.updated ?? 0) > 0;
}

/** Marks an enrolment withdrawn, once: of two concurrent withdrawals only one matches. False: none to withdraw. */
export async function withdrawEnrolment(id: string, now: number): Promise<boolean> {
  const res = await enrolments().where({ _id: id, withdrawn: _.neq(true) }).update({ data: { withdrawn: true, at: now } });
  return (res?.stats?.updated ?? 0) > 0;
}

export async function insertSignin(s: ActivitySignin): Promise<void> {
  await signins().add({ data: s });
}

export async function countSignin(activityId: string, by = 1): Promise<void> {
  await activities().doc(activityId).update({ data: { signedIn: _.inc(by) } });
}

/** Takes back a sign-in that met a cancel (signin-activity.handler.ts). */
export async function removeSignin(id: string): Promise<void> {
  await signins().doc(id).remove();
}

export async function getSignin(id: string): Promise<ActivitySignin | null> {
  return ((await signins().doc(id).get()).data as ActivitySignin | null) ?? null;
}

/** Standing enrolments only: a withdrawn one reads as none. */
export const enrolmentsByIds = async (ids: string[]): Promise<ActivityRecord[]> => (await byIds<ActivityRecord>(db, 'activityEnrolments', ids)).filter((r) => !r.withdrawn);
export const signinsByIds = (ids: string[]): Promise<ActivitySignin[]> => byIds<ActivitySignin>(db, 'activitySignins', ids);

export const enrolmentsOf = (activityId: string): Promise<ActivityRecord[]> => getAll<ActivityRecord>(db, 'activityEnrolments', { activityId, withdrawn: _.neq(true) });
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
  return (await enrolments().where({ memberId, startAt: _.and(_.gte(from), _.lt(to)), endAt: _.gt(now), withdrawn: _.neq(true) }).limit(100).get()).data as ActivityRecord[];
}

/**
 * Stores an edit only while the activity is not cancelled, has not started and its enrolled still
 * fit the new capacity (one conditional update: an enrolment racing it either lands first and the
 * edit is refused, or meets the new capacity in takeSeat's guard). False: one of these failed.
 */
export async function updateActivity(id: string, fields: Pick<Activity, 'title' | 'startAt' | 'endAt' | 'place' | 'onlineUrl' | 'capacity' | 'editedAt'>, now: number): Promise<boolean> {
  const where = { _id: id, cancelled: _.neq(true), startAt: _.gt(now), ...(fields.capacity === null ? {} : { enrolled: _.lte(fields.capacity) }) };
  const res = await activities().where(where).update({ data: fields });
  return (res?.stats?.updated ?? 0) > 0;
}

/** The start and end copied into the member records (his to-do reads them), after an edit moved them. */
export async function copyTimes(activityId: string, startAt: number, endAt: number): Promise<void> {
  await Promise.all([enrolments(), signins()].map((c) => c.where({ activityId }).update({ data: { startAt, endAt } })));
}

/** Cancels it once, and only while nobody has signed in. False: cancelled already, or someone signed in. */
export async function cancelActivity(id: string, reason: string, now: number): Promise<boolean> {
  const res = await activities().where({ _id: id, cancelled: _.neq(true), signedIn: 0 }).update({ data: { cancelled: true, cancelReason: reason, cancelledAt: now } });
  return (res?.stats?.updated ?? 0) > 0;
}
