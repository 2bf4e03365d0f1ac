import type { NoticeKind, NoticeMessage } from '@/domain/todo/notice.rules';
import { _, db } from '../platform/cloud';
import { isDuplicateKey } from '../platform/db-errors';
import { consentId, type ConsentDoc } from './consents.repo';
import { byIds } from './query';

/**
 * The subscribe-message queue of the 待办 events: the `api` function writes, `cron-theme-day`
 * (the one function granted subscribeMessage.send) sends. docs/decisions/todo.md tells why.
 *
 * noticeQueue/<noticeId>: one message for one person about one event; its deterministic `_id`
 * (domain/todo/notice.rules.ts) is the idempotency key, so writing it twice writes nothing.
 */
export type NoticeState = 'queued' | 'sending' | 'sent' | 'no_consent' | 'refused' | 'failed';
export interface NoticeDoc extends NoticeMessage {
  _id: string;
  kind: NoticeKind;
  openid: string;
  templateId: string;
  state: NoticeState;
  /** quota / timeout / rate_limited / interrupted / errcode_… (failed only). */
  reason?: string;
  /** The cron tick and chunk that claimed it (state `sending`). */
  claimTick?: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * noticeBroadcasts/<kind>_<event>: an event for everyone it concerns who consented, expanded by the
 * sender a page of consents at a time (a push to the county, the day's expiring 活动证), so the api
 * call that caused it writes one document whatever the audience.
 */
export interface BroadcastDoc {
  _id: string;
  kind: Extract<NoticeKind, 'studyPushed' | 'cardExpiring'>;
  templateId: string;
  /** studyPushed: the push (its audience, title and publish time are read when it is expanded). */
  pushId?: string;
  /** cardExpiring: the Shanghai day of the run. */
  day?: string;
  /** Not before this instant (a scheduled push). */
  notBefore: number;
  /** The last consent `_id` expanded. */
  cursor: string | null;
  done: boolean;
  createdAt: number;
  updatedAt: number;
}

const queue = () => db.collection('noticeQueue');
const broadcasts = () => db.collection('noticeBroadcasts');

/** Inserts, or leaves alone what is already there (the same event met again): true when new. */
async function insertOnce(collection: () => ReturnType<typeof db.collection>, doc: { _id: string }): Promise<boolean> {
  try {
    await collection().add({ data: doc });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

export const enqueueNotice = (doc: NoticeDoc): Promise<boolean> => insertOnce(queue, doc);
export const enqueueBroadcast = (doc: BroadcastDoc): Promise<boolean> => insertOnce(broadcasts, doc);

/**
 * Drops the notices of `kind` for events starting with `eventPrefix` that the sender has not
 * claimed yet (state `queued`; one request). A claimed one (`sending`) is left to be sent: the
 * claim and this removal are both conditional on the state, so a notice is never half-taken.
 */
export async function dropQueuedNotices(kind: NoticeKind, eventPrefix: string): Promise<void> {
  // Ids are `[A-Za-z0-9_-]` (idSchema): nothing in the prefix is a pattern character.
  if (!/^[A-Za-z0-9_-]+$/.test(eventPrefix)) throw new Error(`notice event prefix ${eventPrefix} is not an id`);
  await queue().where({ _id: db.RegExp({ regexp: `^${kind}_${eventPrefix}` }), state: 'queued' }).remove();
}

/** A broadcast not yet walked starts at `notBefore` instead (its push was rescheduled): one request. */
export async function rescheduleBroadcast(id: string, notBefore: number, now: number): Promise<void> {
  await broadcasts().where({ _id: id, done: false }).update({ data: { notBefore, updatedAt: now } });
}

/**
 * The openids among `openids` who can receive `templateId` now (a one-time acceptance left, or a
 * long-term subscription): one request. Nobody else gets a queue document.
 */
export async function withConsent(openids: string[], templateId: string): Promise<string[]> {
  if (!openids.length) return [];
  const docs = await byIds<ConsentDoc>(db, 'themedayConsents', openids.map((o) => consentId(o, templateId)), { openid: true, available: true, longTerm: true });
  const ok = new Set(docs.filter((c) => c.longTerm === true || c.available > 0).map((c) => c.openid));
  return openids.filter((o) => ok.has(o));
}

/** The organisers holding one of these grants (one request on the users' grant indexes). */
export async function organiserOpenids(grants: ({ role: 'secretary'; branchId: string } | { role: 'cadre'; groupId: string })[]): Promise<string[]> {
  if (!grants.length) return [];
  const { data } = await db
    .collection('users')
    .where(_.or(grants.map((g) => ({ grants: _.elemMatch(g) }))))
    .field({ _id: true })
    .limit(100)
    .get();
  return (data as { _id: string }[]).map((u) => u._id);
}
