import { _, db } from '@shared/platform/cloud';
import { allOf } from '@shared/repos/query';

/**
 * The to-do list's counts: each one indexed count() (or one small read), so `todo.mine` costs one
 * request per kind that applies to the caller, all in parallel.
 */

/** Open care cases assigned to `openid`, inside `within` (his scope; null = the county). */
export async function countAssignedCases(openid: string, within: object | null): Promise<number> {
  const where = allOf([{ 'assignee.openid': openid, state: _.in(['filed', 'accepted', 'in_progress']) }, within]);
  return (await db.collection('careCases').where(where).count()).total as number;
}

/** Suggestions nobody has answered yet, inside `within` (null = the county). */
export async function countUnansweredSuggestions(within: object | null): Promise<number> {
  return (await db.collection('suggestions').where(allOf([{ status: 'submitted' }, within])).count()).total as number;
}

/** The open rounds naming `openid` a reviewer (a county has one a year). */
export async function openRoundsReviewedBy<T>(openid: string): Promise<T[]> {
  const { data } = await db.collection('evalRounds').where({ reviewerOpenids: openid, status: 'open' }).field({ results: false }).limit(10).get();
  return data as T[];
}

/** Ids of published pushes addressed by `targeting` whose check-in is still open (due today or later). */
export async function openPushIds(targeting: object, today: string): Promise<string[]> {
  const { data } = await db.collection('studyPushes').where(allOf([targeting, { dueDay: _.gte(today) }])).field({ _id: true }).limit(100).get();
  return (data as { _id: string }[]).map((p) => p._id);
}

/** Transfers waiting for a decision into `branchIds` (null: any branch). */
export async function countPendingTransfersInto(branchIds: string[] | null): Promise<number> {
  const where = allOf([{ state: 'pending' }, branchIds ? { 'to.branchId': _.in(branchIds) } : null]);
  return (await db.collection('transfers').where(where).count()).total as number;
}

/** Join requests waiting for a decision in `branchIds` (null: any branch). */
export async function countPendingJoins(branchIds: string[] | null): Promise<number> {
  const where = allOf([{ state: 'pending' }, branchIds ? { branchId: _.in(branchIds) } : null]);
  return (await db.collection('joinRequests').where(where).count()).total as number;
}

/** Active members of `branchIds` whose 活动证 runs out on or before `bound` (lapsed ones included). */
export async function countCardsLapsing(branchIds: string[], bound: string): Promise<number> {
  const where = { branchId: _.in(branchIds), activityCardExpiry: _.lte(bound), ended: _.neq(true) };
  return (await db.collection('members').where(where).count()).total as number;
}
