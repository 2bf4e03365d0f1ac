/**
 * `cron-theme-day`: the reminder fan-out of the monthly 主题党日 (timer, every minute). One tick at a
 * time (a lease), within the function's real time limit, within a budget of database requests per
 * second; per branch with a due stage it walks only the consents that can be sent to, a page at a
 * time, and per chunk of the page: claim (one conditional multi-update that also spends the
 * acceptance) → send → record the outcomes (one batch insert). The README tells the whole story.
 */
import { randomBytes } from 'node:crypto';
import { dayOf, SHANGHAI } from '@/domain/shared/day.rules';
import { dueStage, deliveryKey, DEFAULT_REMINDERS, fanoutLeadMs, type FanoutPace } from '@/domain/themeday/reminder.rules';
import { DEFAULT_REMINDER_TEMPLATE } from '@/domain/themeday/consent.rules';
import { nextOccurrence, type Occurrence } from '@/domain/themeday/occurrence.rules';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { cloud } from '@shared/platform/cloud';
import { createPacer, type Pacer } from '@shared/platform/rate-pacer';
import { timeBudget, type FunctionContext, type TimeBudget } from '@shared/platform/time-budget';
import { releaseLease, takeLease } from '@shared/repos/lease.repo';
import {
  branchMembers,
  claimConsents,
  claimedByTick,
  consentsAfter,
  deliveriesByIds,
  endLongTerm,
  getFanout,
  memberCounts,
  plansWithRules,
  recordDeliveries,
  refundConsents,
  saveFanout,
  type ConsentRow,
  type DeliveryDoc,
  type FanoutDoc,
} from './fanout.repo';
import { drainNotices, type DrainResult } from './notices-drain';
import { sendReminder, type SendOutcome } from './send-reminder';

/** The subscribe-message template of the reminder (configure per environment). */
export const TEMPLATE_ID = process.env.THEMEDAY_TEMPLATE_ID || DEFAULT_REMINDER_TEMPLATE;
/** Consents per batch (one page, one claim). */
const BATCH = 200;
/** Consents claimed together (one update) and their sends recorded together (one insert): also the most members a crash can leave "interrupted". */
const CHUNK = 50;
/** Sends in flight at once. */
const PARALLEL = 10;
/** Our own ceiling on sends per second (the platform's figure is not published; see docs/decisions/themeday.md). */
const SENDS_PER_SECOND = Number(process.env.THEMEDAY_SENDS_PER_SECOND || 20);
/**
 * The fan-out's share of the plan's database QPS (README "Quota"): the base plans allow about 30
 * requests per second for the whole environment, members' own actions need the rest.
 */
export const DB_REQUESTS_PER_SECOND = Number(process.env.THEMEDAY_DB_REQUESTS_PER_SECOND || 10);
/** The timer's period (config.json: every minute). */
const TICK_EVERY_MS = 60_000;
const RATE_RETRIES = 3;
/** Database requests of one batch when all goes well (page, members, records, a claim and an insert per chunk, cursor). */
const REQUESTS_PER_BATCH = 4 + (2 * BATCH) / CHUNK;
const DAY_MS = 86_400_000;
const LEASE = 'cron-theme-day';

export interface RunOptions {
  /** Tests only (no caller identity): throw after this many sends, before recording them. */
  crashAfterSends?: number;
}
export interface TickResult {
  done: boolean;
  processed: number;
  sent: number;
  /** Another tick holds the lease: this one did nothing. */
  busy?: boolean;
  /** The 待办 messages of this tick, sent with what the reminders left of it (notices-drain.ts). */
  notices?: DrainResult;
}

type Run = {
  processed: number;
  sent: number;
  attempts: number;
  crashAfter: number;
  windowStart: number;
  windowSends: number;
  tick: string;
  budget: TimeBudget;
  /** Every database request of the walk goes through it. */
  db: Pacer;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function main(event: RunOptions = {}, context?: FunctionContext): Promise<TickResult> {
  // A client can call any function: only the timer (no OPENID) runs the fan-out.
  if (cloud.getWXContext().OPENID) return { done: false, processed: 0, sent: 0 };
  const started = Date.now();
  const budget = timeBudget(context, started);
  const tick = `${started.toString(36)}${randomBytes(4).toString('hex')}`;
  const run: Run = { processed: 0, sent: 0, attempts: 0, crashAfter: event.crashAfterSends ?? Infinity, windowStart: started, windowSends: 0, tick, budget, db: createPacer(DB_REQUESTS_PER_SECOND) };
  await run.db();
  // The lease lasts as long as this invocation can: the platform has ended it by then.
  if (!(await takeLease(LEASE, tick, started, started + budget.limitMs))) return { done: false, processed: 0, sent: 0, busy: true };
  try {
    const reminders = await fanOutDue(run, started);
    const notices = await drainNotices({ budget: run.budget, db: run.db, throttle: () => throttle(run), tick });
    return { ...reminders, notices };
  } finally {
    await releaseLease(LEASE, tick);
  }
}

async function fanOutDue(run: Run, started: number): Promise<TickResult> {
  await run.db();
  const occurrences = (await plansWithRules()).map((p) => nextOccurrence(p._id, p.plan, started));
  // A meeting within a day whose day-of run has not begun: its lead time depends on the branch's size.
  const soon = occurrences.filter((o) => o.start > started && o.start - started < DAY_MS && dueStage(o, started) !== 'dayOf');
  if (soon.length) await run.db(Math.ceil(soon.length / 100));
  const sizes = soon.length ? await memberCounts(soon.map((o) => o.branchId)) : new Map<string, number>();
  const pace: FanoutPace = { sendsPerSecond: SENDS_PER_SECOND, tickSendMs: run.budget.deadline - started, tickEveryMs: TICK_EVERY_MS };
  let done = true;
  for (const o of occurrences) {
    const lead = sizes.has(o.branchId) ? fanoutLeadMs(sizes.get(o.branchId)!, pace) : 0;
    const stage = dueStage(o, started, DEFAULT_REMINDERS, SHANGHAI, lead);
    if (!stage) continue;
    if (!(await fanOutBranch(o, stage, run, started))) done = false;
  }
  return { done, processed: run.processed, sent: run.sent };
}

/** One branch's run for one stage; false when the time budget ran out before its end. */
async function fanOutBranch(o: Occurrence, stage: ReminderStage, run: Run, started: number): Promise<boolean> {
  const id = `${o.id}_${stage}`;
  await run.db();
  let fanout = await getFanout(id);
  if (!fanout) {
    // Written before the first batch, so the secretary's view shows the run as started at once.
    fanout = { _id: id, occurrenceId: o.id, stage, branchId: o.branchId, cursor: null, done: false, startedAt: started, updatedAt: started } satisfies FanoutDoc;
    await run.db();
    await saveFanout(fanout);
  }
  if (fanout.done) return true;
  for (;;) {
    // A batch no bigger than the sends the time left allows (a claimed consent is a promised send),
    // and none when the time left cannot pay for a batch's requests at the database budget.
    const left = run.budget.left();
    const take = Math.min(BATCH, Math.floor((left / 1000) * SENDS_PER_SECOND));
    if (take < 1 || left < (REQUESTS_PER_BATCH / DB_REQUESTS_PER_SECOND) * 1000) return false;
    await run.db();
    const page = await consentsAfter(o.branchId, TEMPLATE_ID, id, fanout.cursor, take);
    if (page.length) await remindBatch(o, stage, id, page, run);
    fanout.cursor = page.length ? page[page.length - 1]._id : fanout.cursor;
    fanout.done = page.length < take;
    fanout.updatedAt = Date.now();
    await run.db();
    await saveFanout(fanout);
    if (fanout.done) return true;
  }
}

type Target = { consent: ConsentRow; memberId: string };

async function remindBatch(o: Occurrence, stage: ReminderStage, runId: string, page: ConsentRow[], run: Run): Promise<void> {
  await run.db();
  const members = await branchMembers(o.branchId, page.map((c) => c.openid));
  const memberOf = new Map(members.map((m) => [m.openid, m._id]));
  const targets: Target[] = page.filter((c) => memberOf.has(c.openid)).map((c) => ({ consent: c, memberId: memberOf.get(c.openid)! }));
  const done = new Set((await recordedAmong(o, stage, targets, run)).map((d) => d._id));
  const open = targets.filter((t) => !done.has(deliveryKey(o.id, stage, t.memberId)));
  // Claimed by an earlier tick of this run and never recorded: that tick died between claim and
  // record. The send may or may not have gone out, so it is recorded and never repeated.
  const interrupted = open.filter((t) => t.consent.claimedBy === runId);
  const fresh = open.filter((t) => t.consent.claimedBy !== runId);
  const now = Date.now();
  if (interrupted.length) {
    await settle(interrupted.map((t) => record(o, stage, t, { state: 'failed', reason: 'interrupted' }, now)), [], run);
    run.processed += interrupted.length;
  }
  // Claimed a chunk at a time, just before its sends: a crash can leave at most one chunk claimed
  // and unrecorded (recorded "interrupted", as some of it may have gone out).
  for (let i = 0; i < fresh.length; i += CHUNK) {
    const chunk = fresh.slice(i, i + CHUNK);
    const toSend = await claim(chunk, runId, run);
    const outcomes: { t: Target; outcome: Settled }[] = [];
    for (let j = 0; j < toSend.length; j += PARALLEL) {
      const group = toSend.slice(j, j + PARALLEL);
      outcomes.push(...(await Promise.all(group.map(async (t) => ({ t, outcome: await sendWithRetries(o, stage, t, run) })))));
    }
    run.processed += toSend.length;
    await settle(outcomes.map(({ t, outcome }) => record(o, stage, t, outcome, Date.now())), outcomes, run);
  }
}

/**
 * Claims a chunk (one request per kind of consent) and answers the claimed ones. With one worker at
 * a time (the lease) the page just read is current, so the update's count normally equals the
 * chunk and nothing more is read; a shortfall (a consent spent meanwhile) is read back.
 */
async function claim(chunk: Target[], runId: string, run: Run): Promise<Target[]> {
  const oneTime = chunk.filter((t) => t.consent.longTerm !== true).map((t) => t.consent._id);
  const longTerm = chunk.filter((t) => t.consent.longTerm === true).map((t) => t.consent._id);
  await run.db((oneTime.length ? 1 : 0) + (longTerm.length ? 1 : 0));
  const claimedCount = await claimConsents(oneTime, longTerm, runId, run.tick);
  if (claimedCount === chunk.length) return chunk;
  await run.db();
  const claimed = await claimedByTick([...oneTime, ...longTerm], run.tick);
  return chunk.filter((t) => claimed.has(t.consent._id));
}

/** The records already written for these members: after a crash, some of the page has one (one request per batch). */
async function recordedAmong(o: Occurrence, stage: ReminderStage, targets: Target[], run: Run): Promise<{ _id: string }[]> {
  if (!targets.length) return [];
  await run.db();
  return deliveriesByIds(targets.map((t) => deliveryKey(o.id, stage, t.memberId)));
}

type Settled = { state: 'sent' | 'refused' | 'failed'; reason?: string; rateLimited?: boolean };

function record(o: Occurrence, stage: ReminderStage, t: Target, outcome: Settled, at: number): DeliveryDoc {
  const doc: DeliveryDoc = { _id: deliveryKey(o.id, stage, t.memberId), occurrenceId: o.id, stage, branchId: o.branchId, memberId: t.memberId, openid: t.consent.openid, state: outcome.state, at };
  if (outcome.reason) doc.reason = outcome.reason;
  return doc;
}

/** A chunk's records in one insert; a refusal ends a long-term subscription; a send never delivered gives the consent back. */
async function settle(docs: DeliveryDoc[], outcomes: { t: Target; outcome: Settled }[], run: Run): Promise<void> {
  const ended = outcomes.filter(({ t, outcome }) => outcome.state === 'refused' && t.consent.longTerm === true).map(({ t }) => t.consent._id);
  const refunds = outcomes.filter(({ t, outcome }) => outcome.rateLimited && t.consent.longTerm !== true).map(({ t }) => t.consent._id);
  await run.db((docs.length ? 1 : 0) + (ended.length ? 1 : 0) + (refunds.length ? 1 : 0));
  await Promise.all([recordDeliveries(docs), endLongTerm(ended), refundConsents(refunds)]);
}

async function sendWithRetries(o: Occurrence, stage: ReminderStage, t: Target, run: Run): Promise<Settled> {
  const today = dayOf(Date.now()) === o.day;
  for (let attempt = 0; ; attempt++) {
    await throttle(run);
    const outcome: SendOutcome = await sendReminder(t.consent.openid, TEMPLATE_ID, o, stage, today);
    if (++run.attempts >= run.crashAfter) throw new Error('crash injected by test');
    if (outcome.state === 'sent') run.sent++;
    if (outcome.state !== 'retry') return outcome;
    // Never delivered: the consent is still the member's.
    if (attempt + 1 >= RATE_RETRIES) return { state: 'failed', reason: 'rate_limited', rateLimited: true };
    await sleep(200 * (attempt + 1));
  }
}

/** At most SENDS_PER_SECOND sends per one-second window. */
async function throttle(run: Run): Promise<void> {
  const now = Date.now();
  if (now - run.windowStart >= 1000) {
    run.windowStart = now;
    run.windowSends = 0;
  }
  if (run.windowSends >= SENDS_PER_SECOND) {
    await sleep(1000 - (now - run.windowStart));
    run.windowStart = Date.now();
    run.windowSends = 0;
  }
  run.windowSends++;
}
