import type { Checkin, StudyPush } from '@/domain/study/study.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { allOf, getAll, keysetAfter } from '@shared/repos/query';
import { callerMember, type Join } from '@shared/repos/caller.repo';

const pushes = (h: DbHandle) => h.collection('studyPushes');

/** A stored check-in also remembers every client key it accepted (replays of any of them write nothing). */
export type CheckinDoc = Checkin & { clientKeys?: string[] };

export async function insertPush(push: StudyPush): Promise<void> {
  await pushes(db).add({ data: push });
}

/** Takes a push back (one that should not stand: its lesson was returned meanwhile). Missing: nothing happens. */
export async function removePush(id: string): Promise<void> {
  await pushes(db).where({ _id: id }).remove();
}

/** The push without its body (stats, list pages). */
export async function getPushHead(id: string): Promise<StudyPush | null> {
  const { data } = await pushes(db).where({ _id: id }).field({ body: false }).limit(1).get();
  return (data[0] as StudyPush | undefined) ?? null;
}

/**
 * checkin.submit's joins to the caller's read (caller-reads.ts): the push without its body, and his
 * check-in of it by `_id` = pushId_memberId, the member id taken from his member record through
 * `let` (an equality on `_id` inside `expr`, which the index serves: MongoDB $lookup).
 */
export const pushWithCheckinJoins = (pushId: string): Record<'push' | 'mine', Join> => ({
  push: { collection: 'studyPushes', match: { _id: pushId }, project: { body: 0 } },
  mine: { collection: 'checkins', let: { memberId: callerMember('_id') }, match: _.aggregate.eq(['$_id', _.aggregate.concat([`${pushId}_`, '$$memberId'])]) },
});

/**
 * The push and the member's check-in of it in ONE request: an aggregate on the push's `_id` with
 * a lookup of the check-in by its `_id` (both index hits). `body: false` leaves the rich body out.
 */
export async function getPushWithCheckin(pushId: string, checkinId: string | null, opts: { body: boolean }): Promise<{ push: StudyPush | null; mine: CheckinDoc | null }> {
  let q = pushes(db).aggregate().match({ _id: pushId }).limit(1);
  if (!opts.body) q = q.project({ body: 0 });
  if (checkinId) q = q.lookup({ from: 'checkins', pipeline: _.aggregate.pipeline().match({ _id: checkinId }).done(), as: 'mine' });
  const { list } = await q.end();
  const row = (list as (StudyPush & { mine?: CheckinDoc[] })[])[0];
  if (!row) return { push: null, mine: null };
  const { mine, ...push } = row;
  return { push: push as StudyPush, mine: mine?.[0] ?? null };
}

/** Moves the push's completion counters by one check-in: one atomic update, never inside a transaction. */
export async function countCheckin(tx: DbHandle, pushId: string, branchId: string, groupId: string): Promise<void> {
  await pushes(tx)
    .doc(pushId)
    .update({ data: { 'counters.total': _.inc(1), [`counters.byBranch.${branchId}`]: _.inc(1), [`counters.byGroup.${groupId}`]: _.inc(1) } });
}

/** Exclusive keyset cursor: after (publishAt, _id) in descending order. */
export interface PushCursor {
  publishAt: number;
  id: string;
}

/** One request: a page of pushes matching `where`, newest first (publishAt, then _id), without body and counters. */
export async function queryPushes(where: object | null, after: PushCursor | null, limit: number): Promise<StudyPush[]> {
  const q = allOf([where, after && keysetAfter('publishAt', after.publishAt, after.id)]);
  const { data } = await pushes(db)
    .where(q)
    .orderBy('publishAt', 'desc')
    .orderBy('_id', 'desc')
    .field({ body: false, counters: false })
    .limit(limit)
    .get();
  return data as StudyPush[];
}

/** Pushes nobody withdrew: what members read, are reminded of, and monthly completion counts. */
export const notWithdrawn = (): object => ({ withdrawnAt: _.exists(false) });

/** Filters for a member: published, not withdrawn pushes addressed to the county, his branch or his group. */
export function targetingMember(placement: { branchId: string; groupId: string }, now: number): object {
  return _.and([
    { publishAt: _.lte(now) },
    notWithdrawn(),
    _.or([{ 'audience.scope': 'county' }, { 'audience.branchIds': placement.branchId }, { 'audience.groupIds': placement.groupId }]),
  ]);
}

/** Published, not withdrawn pushes of a month (audience and counters only), in as many requests as pages of 1000. */
export function pushesOfMonth(month: string, now: number, scope: object | null): Promise<Pick<StudyPush, '_id' | 'audience' | 'counters'>[]> {
  const where = allOf([{ month, publishAt: _.lte(now) }, notWithdrawn(), scope]);
  return getAll(db, 'studyPushes', where, ['_id', 'asc'], { audience: true, counters: true });
}

/** Pushes aimed at named branches, one of them in `branchIds`. */
export const toAnyOfBranches = (branchIds: string[]): object => ({ 'audience.scope': 'branches', 'audience.branchIds': _.in(branchIds) });

/** One request: a page of pushes matching `where`, newest first by `_id`, with their counters (no body). */
export async function queryManagedPushes(where: object | null, before: string | undefined, limit: number): Promise<StudyPush[]> {
  const { data } = await pushes(db).where(allOf([where], before)).orderBy('_id', 'desc').field({ body: false }).limit(limit).get();
  return data as StudyPush[];
}

/**
 * Replaces a push's content only while it is still scheduled and not withdrawn: the condition is
 * part of the update, so an edit racing the publish time or a withdrawal changes nothing. Answers
 * whether it was changed. `_.set` stores the audience and body whole (the SDK would otherwise
 * merge an object field by field and keep a former audience's ids).
 */
export async function updateScheduledPush(id: string, now: number, patch: Partial<StudyPush>): Promise<boolean> {
  const data: Record<string, unknown> = { ...patch };
  if (patch.audience) data.audience = _.set(patch.audience);
  if (patch.body) data.body = _.set(patch.body);
  const res = await pushes(db).where({ _id: id, publishAt: _.gt(now), withdrawnAt: _.exists(false) }).update({ data });
  return (res.stats?.updated ?? 0) > 0;
}

/** Marks a push withdrawn (once: a second call changes nothing). Counters and check-ins stay as they are. */
export async function withdrawPush(id: string, now: number): Promise<void> {
  await pushes(db).where({ _id: id, withdrawnAt: _.exists(false) }).update({ data: { withdrawnAt: now, updatedAt: now } });
}
