/**
 * `cron-theme-day`: the reminder fan-out of the monthly 主题党日 (timer, every minute: a tick with nothing due costs one request).
 * For each branch with a plan and a due stage (reminder.rules), it walks the branch's members in
 * `_id` order from the run's cursor, reading the batch's consents in one request. Per member:
 * claim (insert the delivery record, state pending) → spend one consent (not for a long-term
 * subscription) → send → settle; a member without consent is recorded `no_consent` by the claim
 * itself. The claim comes first, so a retry, a concurrent run or a crash never sends twice; a
 * record found still pending by a later run is settled as `failed / interrupted` (it may or may
 * not have gone out) and never resent.
 */
import { dueStage, deliveryKey, DEFAULT_REMINDERS } from '@/domain/themeday/reminder.rules';
import { DEFAULT_REMINDER_TEMPLATE, maySend, spendsAcceptance, type ConsentState } from '@/domain/themeday/consent.rules';
import { nextOccurrence, type Occurrence } from '@/domain/themeday/occurrence.rules';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { cloud } from '@shared/platform/cloud';
import { claimDelivery, consentsFor, deliveriesByIds, endLongTerm, getFanout, membersAfter, plansWithRules, refundConsent, saveFanout, settleDelivery, spendConsent, type FanoutDoc, type MemberRow } from './fanout.repo';
import { sendReminder } from './send-reminder';

/** The subscribe-message template of the reminder (configure per environment). */
export const TEMPLATE_ID = process.env.THEMEDAY_TEMPLATE_ID || DEFAULT_REMINDER_TEMPLATE;
const BATCH = 100;
/** Sends in flight at once: also the most members a crash can leave "interrupted". */
const PARALLEL = 10;
/** Our own ceiling on sends per second (the platform's figure is not published; see docs/decisions/themeday.md). */
const SENDS_PER_SECOND = Number(process.env.THEMEDAY_SENDS_PER_SECOND || 20);
/** Stop taking new batches after this long: the function's timeout is 60 s (config.json). */
const BUDGET_MS = 50_000;
const RATE_RETRIES = 3;

export interface RunOptions {
  /** Tests only (no caller identity): throw after this many sends, before settling them. */
  crashAfterSends?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function main(event: RunOptions = {}): Promise<{ done: boolean; processed: number; sent: number }> {
  // A client can call any function: only the timer (no OPENID) runs the fan-out.
  if (cloud.getWXContext().OPENID) return { done: false, processed: 0, sent: 0 };
  const started = Date.now();
  const run = { processed: 0, sent: 0, attempts: 0, crashAfter: event.crashAfterSends ?? Infinity, windowStart: started, windowSends: 0 };
  let done = true;
  for (const p of await plansWithRules()) {
    const o = nextOccurrence(p._id, p.plan, started);
    const stage = dueStage(o, started, DEFAULT_REMINDERS);
    if (!stage) continue;
    if (!(await fanOutBranch(o, stage, run, started))) done = false;
  }
  return { done, processed: run.processed, sent: run.sent };
}

type Run = { processed: number; sent: number; attempts: number; crashAfter: number; windowStart: number; windowSends: number };

/** One branch's run for one stage; false when the time budget ran out before its end. */
async function fanOutBranch(o: Occurrence, stage: ReminderStage, run: Run, started: number): Promise<boolean> {
  const id = `${o.id}_${stage}`;
  const fanout: FanoutDoc = (await getFanout(id)) ?? { _id: id, occurrenceId: o.id, stage, branchId: o.branchId, cursor: null, done: false, startedAt: started, updatedAt: started };
  if (fanout.done) return true;
  for (;;) {
    if (Date.now() - started > BUDGET_MS) return false;
    const members = await membersAfter(o.branchId, fanout.cursor, BATCH);
    const [deliveries, consents] = await Promise.all([
      deliveriesByIds(members.map((m) => deliveryKey(o.id, stage, m._id))),
      consentsFor(members.map((m) => m.openid), TEMPLATE_ID),
    ]);
    const known = new Map(deliveries.map((d) => [d.memberId, d]));
    for (let i = 0; i < members.length; i += PARALLEL) {
      await Promise.all(members.slice(i, i + PARALLEL).map((m) => remind(o, stage, m, known.get(m._id)?.state, consents.get(m.openid), run)));
    }
    fanout.cursor = members.length ? members[members.length - 1]._id : fanout.cursor;
    fanout.done = members.length < BATCH;
    fanout.updatedAt = Date.now();
    await saveFanout(fanout);
    if (fanout.done) return true;
  }
}

async function remind(o: Occurrence, stage: ReminderStage, m: MemberRow, existing: string | undefined, consent: ConsentState | undefined, run: Run): Promise<void> {
  const key = deliveryKey(o.id, stage, m._id);
  run.processed++;
  if (existing === 'pending') return settleDelivery(key, 'failed', 'interrupted', Date.now());
  if (existing) return;
  const record = { _id: key, occurrenceId: o.id, stage, branchId: o.branchId, memberId: m._id, openid: m.openid, at: Date.now() };
  // Nothing will be sent: the claim can carry the final state.
  if (!maySend(consent)) return void (await claimDelivery({ ...record, state: 'no_consent' }));
  if (!(await claimDelivery({ ...record, state: 'pending' }))) return;
  const spends = spendsAcceptance(consent!);
  if (spends && !(await spendConsent(m.openid, TEMPLATE_ID))) return settleDelivery(key, 'no_consent', undefined, Date.now());
  for (let attempt = 0; ; attempt++) {
    await throttle(run);
    const outcome = await sendReminder(m.openid, TEMPLATE_ID, o, stage);
    if (++run.attempts >= run.crashAfter) throw new Error('crash injected by test');
    if (outcome.state === 'sent') run.sent++;
    if (outcome.state === 'refused' && !spends) await endLongTerm(m.openid, TEMPLATE_ID);
    if (outcome.state !== 'retry') return settleDelivery(key, outcome.state, outcome.reason, Date.now());
    if (attempt + 1 >= RATE_RETRIES) {
      // Never delivered: the consent is still the member's.
      if (spends) await refundConsent(m.openid, TEMPLATE_ID);
      return settleDelivery(key, 'failed', 'rate_limited', Date.now());
    }
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
