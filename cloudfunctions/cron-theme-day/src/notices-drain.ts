/**
 * Sends the 待办 messages queued by the `api` function (docs/decisions/todo.md, "Subscribe
 * messages"), inside the reminder tick: the same lease (one worker), time budget, database pacer
 * and send throttle, so the messages never push the reminders past their budgets; the reminders
 * go first, the queue takes what the tick has left.
 *
 * 1. notices a dead tick left `sending` are closed as failed/interrupted (never resent);
 * 2. broadcasts due (a new push; the day's expiring 活动证, started here at 09:00 Shanghai) are
 *    walked a page of consents at a time: a queue document for each consenting person they
 *    concern, with the event's deterministic id, so a walk repeated after a crash adds nothing;
 * 3. the queue is sent oldest first, a chunk at a time: claim (queued → sending), spend one
 *    acceptance per person (a conditional multi-update), send, record the outcomes.
 */
import { dayOf } from '@/domain/shared/day.rules';
import { CARD_EXPIRY_DAYS } from '@/domain/todo/todo-kinds';
import { noticeId, noticeMessage, noticeTemplates } from '@/domain/todo/notice.rules';
import type { Pacer } from '@shared/platform/rate-pacer';
import type { TimeBudget } from '@shared/platform/time-budget';
import { consentId } from '@shared/repos/consents.repo';
import { enqueueBroadcast, enqueueNotice, rescheduleBroadcast, type BroadcastDoc, type NoticeDoc } from '@shared/repos/notices.repo';
import {
  claimNotices,
  closeInterrupted,
  consentsPage,
  dueBroadcasts,
  getPush,
  membersInAudience,
  membersWithCardBy,
  queuedNotices,
  refundConsents,
  saveBroadcast,
  settleNotices,
  spendConsents,
  spentByStamp,
  type MemberRow,
} from './notices.repo';
import { sendSubscribe, type SendOutcome } from './send-reminder';

export interface DrainDeps {
  budget: TimeBudget;
  /** Every database request goes through it (the fan-out's pacer). */
  db: Pacer;
  /** Waits for a send slot (the fan-out's throttle). */
  throttle: () => Promise<void>;
  tick: string;
}
export interface DrainResult {
  queued: number;
  sent: number;
  settled: number;
  /** Rate-limited sends put back (the tick stops sending: the platform asked us to slow down). */
  retried: number;
  /** Chunks of the queue taken. */
  chunks: number;
}

/** Notices read, claimed and sent together. */
const CHUNK = 50;
/** Sends in flight at once. */
const PARALLEL = 10;
/** Consents per page of a broadcast walk. */
const PAGE = 100;
/** Requests one chunk or one page costs at most (pages: consents, members, cursor and up to PAGE inserts, paced apart). */
const CHUNK_REQUESTS = 9;
const DAY_MS = 86_400_000;
/** The day's 活动证 walk starts at 09:00 Shanghai (UTC+8, no daylight saving): a message in waking hours. */
const CARD_HOUR_UTC = 1;

const DB_RATE = Number(process.env.THEMEDAY_DB_REQUESTS_PER_SECOND || 10);
/** Time left enough for `requests` more at the database budget. */
const affords = (d: DrainDeps, requests: number) => d.budget.left() > (requests / DB_RATE) * 1000;

export async function drainNotices(d: DrainDeps): Promise<DrainResult> {
  const out: DrainResult = { queued: 0, sent: 0, settled: 0, retried: 0, chunks: 0 };
  if (!affords(d, 3 + CHUNK_REQUESTS)) return out;
  await d.db();
  await closeInterrupted(Date.now());
  await startCardRun(d);
  await d.db();
  for (const b of await dueBroadcasts(Date.now())) {
    if (!(await walkBroadcast(b, d, out))) break;
  }
  while (affords(d, CHUNK_REQUESTS) && out.retried === 0) {
    if ((await sendChunk(d, out)) === 0) break;
  }
  return out;
}

/** The day's 活动证 run, once a day from 09:00 (its insert is refused as a duplicate on later ticks). */
async function startCardRun(d: DrainDeps): Promise<void> {
  const now = Date.now();
  const day = dayOf(now);
  const notBefore = Date.parse(`${day}T00:00:00Z`) + CARD_HOUR_UTC * 3_600_000;
  if (now < notBefore) return;
  await d.db();
  await enqueueBroadcast({ _id: `cardExpiring_${day}`, kind: 'cardExpiring', templateId: noticeTemplates(process.env).todo, day, notBefore, cursor: null, done: false, createdAt: now, updatedAt: now });
}

/** Walks one broadcast from its cursor; false when the time ran out first. */
async function walkBroadcast(b: BroadcastDoc, d: DrainDeps, out: DrainResult): Promise<boolean> {
  let push: Awaited<ReturnType<typeof getPush>> = null;
  if (b.kind === 'studyPushed') {
    await d.db();
    push = await getPush(b.pushId!);
    // Rescheduled later after its announcement was queued: wait for the new time, do not skip it.
    if (push && !push.withdrawnAt && push.publishAt > Date.now()) {
      await d.db();
      await rescheduleBroadcast(b._id, push.publishAt, Date.now());
      return true;
    }
  }
  while (!b.done) {
    if (!affords(d, PAGE / 10 + 3)) return false;
    const now = Date.now();
    // A withdrawn (or deleted) push reaches nobody.
    const gone = b.kind === 'studyPushed' && (!push || !!push.withdrawnAt);
    await d.db();
    const page = gone ? [] : await consentsPage(b.templateId, b.cursor, PAGE);
    if (page.length) {
      const openids = page.map((c) => c.openid);
      await d.db();
      const members: MemberRow[] = push ? await membersInAudience(openids, push.audience) : await membersWithCardBy(openids, dayOf(Date.parse(`${b.day}T12:00:00Z`) + CARD_EXPIRY_DAYS * DAY_MS));
      const docs = members.map((m) => noticeFor(b, m, push, now));
      await d.db(docs.length);
      const fresh = await Promise.all(docs.map((doc) => enqueueNotice(doc)));
      out.queued += fresh.filter(Boolean).length;
    }
    b.cursor = page.length ? page[page.length - 1]._id : b.cursor;
    b.done = page.length < PAGE;
    b.updatedAt = Date.now();
    await d.db();
    await saveBroadcast(b);
  }
  return true;
}

/** One member's message of a broadcast: the push (its id is the event), or his card (its expiry is the event: renewed, it is news again). */
function noticeFor(b: BroadcastDoc, m: MemberRow, push: { _id: string; title: string; publishAt: number } | null, now: number): NoticeDoc {
  const base = { openid: m.openid, templateId: b.templateId, state: 'queued' as const, createdAt: now, updatedAt: now };
  if (push) return { _id: noticeId('studyPushed', push._id, m.openid), kind: 'studyPushed', ...base, ...noticeMessage('studyPushed', push.title, push.publishAt, push._id) };
  const expiry = m.activityCardExpiry!;
  return { _id: noticeId('cardExpiring', `${m._id}-${expiry}`, m.openid), kind: 'cardExpiring', ...base, ...noticeMessage('cardExpiring', `${expiry} 到期，请及时换发`, now) };
}

/** One chunk of the queue; answers how many notices it took (0: the queue is empty). */
async function sendChunk(d: DrainDeps, out: DrainResult): Promise<number> {
  await d.db();
  const page = await queuedNotices(CHUNK);
  if (!page.length) return 0;
  // One notice per consent per chunk: a multi-update spends a consent once however often it is named.
  const seen = new Set<string>();
  const chunk = page.filter((n) => {
    const c = consentId(n.openid, n.templateId);
    return seen.has(c) ? false : (seen.add(c), true);
  });
  const now = Date.now();
  // A stamp of this chunk alone: a consent spent by an earlier chunk of the tick must not read as spent again.
  const stamp = `${d.tick}.${++out.chunks}`;
  await d.db();
  await claimNotices(chunk.map((n) => n._id), stamp, now);
  const ids = chunk.map((n) => consentId(n.openid, n.templateId));
  await d.db();
  const spentCount = await spendConsents(ids, stamp, now);
  let spent = new Set(ids);
  if (spentCount < ids.length) {
    await d.db();
    spent = await spentByStamp(ids, stamp);
  }
  const withConsent = chunk.filter((n) => spent.has(consentId(n.openid, n.templateId)));
  const outcomes = new Map<string, SendOutcome>();
  for (let i = 0; i < withConsent.length; i += PARALLEL) {
    const group = withConsent.slice(i, i + PARALLEL);
    await Promise.all(
      group.map(async (n) => {
        await d.throttle();
        outcomes.set(n._id, await sendSubscribe(n.openid, n.templateId, n.page, n.data));
      }),
    );
  }
  await settle(chunk, spent, outcomes, d, out);
  return chunk.length;
}

/** Records a chunk's outcomes (one update per outcome); a rate-limited send goes back to the queue with its acceptance. */
async function settle(chunk: NoticeDoc[], spent: Set<string>, outcomes: Map<string, SendOutcome>, d: DrainDeps, out: DrainResult): Promise<void> {
  const groups = new Map<string, string[]>();
  const add = (key: string, id: string) => groups.set(key, [...(groups.get(key) ?? []), id]);
  const retry: NoticeDoc[] = [];
  for (const n of chunk) {
    if (!spent.has(consentId(n.openid, n.templateId))) {
      add('no_consent|', n._id);
      continue;
    }
    const o = outcomes.get(n._id)!;
    if (o.state === 'retry') retry.push(n);
    else add(`${o.state}|${o.state === 'failed' ? (o.reason ?? '') : ''}`, n._id);
    if (o.state === 'sent') out.sent++;
  }
  const now = Date.now();
  if (retry.length) groups.set('queued|', retry.map((n) => n._id));
  await d.db(groups.size + (retry.length ? 1 : 0));
  await Promise.all([
    ...[...groups].map(([key, ids]) => {
      const [state, reason] = key.split('|');
      return settleNotices(ids, state as NoticeDoc['state'], reason || undefined, now);
    }),
    refundConsents(retry.map((n) => consentId(n.openid, n.templateId)), now),
  ]);
  out.settled += chunk.length - retry.length;
  out.retried += retry.length;
}
