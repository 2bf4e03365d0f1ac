import { noticeId, noticeMessage, noticeTemplates, type NoticeKind } from '@/domain/todo/notice.rules';
import { dropQueuedNotices, enqueueBroadcast, enqueueNotice, rescheduleBroadcast, withConsent } from '@shared/repos/notices.repo';

/**
 * Queues the subscribe messages of one 待办 event for the people it gives work to, leaving out the
 * caller (his own act is no news to him) and anyone without a consent to spend (one request), one
 * insert per person. cron-theme-day sends them (docs/decisions/todo.md).
 *
 * The action that caused the event has done its write when this runs, so a failure here is logged
 * and swallowed: answering an error would make the person repeat an act that happened. The work
 * still shows in 待办; only the message is lost.
 */
export async function notifyTodo(kind: Exclude<NoticeKind, 'studyPushed' | 'cardExpiring' | 'cardsExpiringInScope'>, event: string, openids: string[], detail: string, by: { openid: string; now: number }, opts: NotifyOptions = {}): Promise<void> {
  try {
    const templateId = noticeTemplates(process.env).todo;
    // Dropped before the consents are read: a queued notice has not spent its acceptance yet.
    if (opts.supersedes) await dropQueuedNotices(kind, opts.supersedes);
    const to = await withConsent([...new Set(openids)].filter((o) => o !== by.openid), templateId);
    const message = noticeMessage(kind, detail, opts.at ?? by.now);
    await Promise.all(
      to.map((openid) => enqueueNotice({ _id: noticeId(kind, event, openid), kind, openid, templateId, ...message, state: 'queued', createdAt: by.now, updatedAt: by.now })),
    );
  } catch (err) {
    console.error(`notice ${kind} ${event} not queued`, err);
  }
}

export interface NotifyOptions {
  /** The instant the message's 时间 shows (default: the event's). */
  at?: number;
  /**
   * Events of this kind whose `_id` starts with this are superseded: their notices still queued
   * (not claimed by the sender) are dropped, so only the latest of a run of events is sent.
   */
  supersedes?: string;
}

/**
 * A new push reaches its audience's consenting members: one broadcast document (the sender walks
 * the consents from its publish time on), however many members the audience holds.
 */
export async function announcePush(push: { _id: string; publishAt: number }, now: number): Promise<void> {
  try {
    await enqueueBroadcast({ _id: pushBroadcastId(push._id), kind: 'studyPushed', templateId: noticeTemplates(process.env).study, pushId: push._id, notBefore: push.publishAt, cursor: null, done: false, createdAt: now, updatedAt: now });
  } catch (err) {
    console.error(`push ${push._id} not announced`, err);
  }
}

const pushBroadcastId = (pushId: string) => `studyPushed_${pushId}`;

/** A scheduled push whose time was edited is announced at its new time (logged and swallowed like the others). */
export async function reannouncePush(push: { _id: string; publishAt: number }, now: number): Promise<void> {
  try {
    await rescheduleBroadcast(pushBroadcastId(push._id), push.publishAt, now);
  } catch (err) {
    console.error(`push ${push._id} not rescheduled`, err);
  }
}
