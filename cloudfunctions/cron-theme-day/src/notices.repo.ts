import type { Audience, StudyPush } from '@/domain/study/study.schema';
import { _, db } from '@shared/platform/cloud';
import type { BroadcastDoc, NoticeDoc, NoticeState } from '@shared/repos/notices.repo';
import { allOf } from '@shared/repos/query';

/**
 * The sender's side of the 待办 message queue (shared/repos/notices.repo.ts describes the
 * documents). Every function here is one database request.
 */
const queue = () => db.collection('noticeQueue');
const consents = () => db.collection('themedayConsents');

/** Sends a dead tick claimed and never recorded: they may have gone out, so they are closed, never resent. */
export async function closeInterrupted(now: number): Promise<number> {
  const r = await queue().where({ state: 'sending' }).update({ data: { state: 'failed', reason: 'interrupted', updatedAt: now } });
  return r.stats.updated as number;
}

/** The oldest queued notices. */
export async function queuedNotices(limit: number): Promise<NoticeDoc[]> {
  const { data } = await queue().where({ state: 'queued' }).orderBy('createdAt', 'asc').limit(limit).get();
  return data as NoticeDoc[];
}

/** Claims notices for this tick (queued → sending): a notice is sent by the tick that claimed it. */
export async function claimNotices(ids: string[], stamp: string, now: number): Promise<number> {
  const r = await queue().where({ _id: _.in(ids), state: 'queued' }).update({ data: { state: 'sending', claimTick: stamp, updatedAt: now } });
  return r.stats.updated as number;
}

/**
 * Spends one acceptance of each consent that has one left, stamping the chunk on it (one
 * conditional multi-update: a consent without acceptances is left alone and its notice is not sent).
 */
export async function spendConsents(ids: string[], stamp: string, now: number): Promise<number> {
  const r = await consents().where({ _id: _.in(ids), available: _.gt(0) }).update({ data: { available: _.inc(-1), noticeStamp: stamp, updatedAt: now } });
  return r.stats.updated as number;
}

/** The consents among `ids` this chunk spent (read only when the update spent fewer than it was given). */
export async function spentByStamp(ids: string[], stamp: string): Promise<Set<string>> {
  const { data } = await consents().where({ _id: _.in(ids), noticeStamp: stamp }).field({ _id: true }).limit(ids.length).get();
  return new Set((data as { _id: string }[]).map((c) => c._id));
}

/** Gives acceptances back: the send was certainly not delivered (rate-limited). */
export async function refundConsents(ids: string[], now: number): Promise<void> {
  if (ids.length) await consents().where({ _id: _.in(ids) }).update({ data: { available: _.inc(1), updatedAt: now } });
}

/** Records one outcome for several notices. */
export async function settleNotices(ids: string[], state: NoticeState, reason: string | undefined, now: number): Promise<void> {
  if (!ids.length) return;
  const data: Record<string, unknown> = { state, updatedAt: now, claimTick: _.remove() };
  if (reason) data.reason = reason;
  await queue().where({ _id: _.in(ids) }).update({ data });
}

/** Broadcasts due now, not yet walked to their end. */
export async function dueBroadcasts(now: number): Promise<BroadcastDoc[]> {
  const { data } = await db.collection('noticeBroadcasts').where({ done: false, notBefore: _.lte(now) }).limit(20).get();
  return data as BroadcastDoc[];
}

export async function saveBroadcast(b: BroadcastDoc): Promise<void> {
  await db.collection('noticeBroadcasts').doc(b._id).update({ data: { cursor: b.cursor, done: b.done, updatedAt: b.updatedAt } });
}

/** A page of a template's consents with an acceptance left, in `_id` order after `cursor` (index template_id). */
export async function consentsPage(templateId: string, cursor: string | null, limit: number): Promise<{ _id: string; openid: string }[]> {
  const where = allOf([{ templateId, available: _.gt(0) }, cursor ? { _id: _.gt(cursor) } : null]);
  const { data } = await consents().where(where).orderBy('_id', 'asc').field({ _id: true, openid: true }).limit(limit).get();
  return data as { _id: string; openid: string }[];
}

export async function getPush(pushId: string): Promise<Pick<StudyPush, '_id' | 'title' | 'audience' | 'publishAt' | 'withdrawnAt'> | null> {
  const { data } = await db.collection('studyPushes').where({ _id: pushId }).field({ title: true, audience: true, publishAt: true, withdrawnAt: true }).limit(1).get();
  return (data[0] as Pick<StudyPush, '_id' | 'title' | 'audience' | 'publishAt' | 'withdrawnAt'>) ?? null;
}

const inAudience = (a: Audience): object | null => (a.scope === 'county' ? null : a.scope === 'branches' ? { branchId: _.in(a.branchIds) } : { groupId: _.in(a.groupIds) });

export type MemberRow = { _id: string; openid: string; activityCardExpiry?: string | null };

/** The members among `openids` a push addresses (his mobile status not ended: pushes no longer reach him). */
export async function membersInAudience(openids: string[], audience: Audience): Promise<MemberRow[]> {
  const { data } = await db.collection('members').where(allOf([{ openid: _.in(openids), ended: _.neq(true) }, inAudience(audience)])).field({ _id: true, openid: true }).limit(openids.length).get();
  return data as MemberRow[];
}

/** The members among `openids` whose 活动证 expires on or before `lastDay` (or has expired). */
export async function membersWithCardBy(openids: string[], lastDay: string): Promise<MemberRow[]> {
  const { data } = await db
    .collection('members')
    .where({ openid: _.in(openids), ended: _.neq(true), activityCardExpiry: _.lte(lastDay) })
    .field({ _id: true, openid: true, activityCardExpiry: true })
    .limit(openids.length)
    .get();
  return data as MemberRow[];
}
