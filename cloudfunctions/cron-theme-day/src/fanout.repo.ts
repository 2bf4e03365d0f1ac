import type { Plan } from '@/domain/themeday/themeday.schema';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { byIds } from '@shared/repos/query';
import { countedUnits } from '@shared/repos/counters.repo';
import { _, db } from '@shared/platform/cloud';

/**
 * themedayFanouts/<occurrenceId>_<stage>: the cursor of one reminder run (last consent `_id` done)
 * and its times, so a run cut by the time limit or a crash continues where it stopped.
 * themedayConsents/<openid>_<template>: the run claims a consent by stamping `claimedBy` (the run)
 * and `claimTick` (this tick) in one conditional multi-update per batch, spending one acceptance in
 * the same update, a chunk of sends at a time; `claimedBy ≠ run` in the condition is what makes a
 * member's send happen once.
 * themedayDeliveries/<occurrenceId>_<stage>_<memberId>: the outcome per member, inserted per chunk
 * of sends after they are answered (one batch insert).
 */
export type DeliveryState = 'pending' | 'sent' | 'no_consent' | 'refused' | 'failed';
export interface DeliveryDoc {
  _id: string;
  occurrenceId: string;
  stage: ReminderStage;
  branchId: string;
  memberId: string;
  openid: string;
  state: DeliveryState;
  /** For failed: quota / timeout / rate_limited / interrupted (a crash between claim and record) / errcode. */
  reason?: string;
  at: number;
}
export interface FanoutDoc {
  _id: string;
  occurrenceId: string;
  stage: ReminderStage;
  branchId: string;
  cursor: string | null;
  done: boolean;
  startedAt: number;
  updatedAt: number;
}
/** A consent as the walk reads it. */
export interface ConsentRow {
  _id: string;
  openid: string;
  available: number;
  longTerm?: boolean;
  claimedBy?: string;
  claimTick?: string;
}
export interface MemberRow {
  _id: string;
  openid: string;
}

export async function plansWithRules(): Promise<{ _id: string; plan: Plan }[]> {
  const out: { _id: string; plan: Plan }[] = [];
  for (let skip = 0; ; skip += 100) {
    let q = db.collection('themedayPlans').orderBy('_id', 'asc').field({ plan: true });
    if (skip) q = q.skip(skip);
    const { data } = await q.limit(100).get();
    out.push(...data);
    if (data.length < 100) return out;
  }
}

/** Member counts of these branches (one request per 1000), for the day-of run's lead time. */
export async function memberCounts(branchIds: string[]): Promise<Map<string, number>> {
  const rows = await countedUnits<{ _id: string }>('branch', branchIds);
  return new Map(rows.map((b) => [b._id, b.memberCount]));
}

export async function getFanout(id: string): Promise<FanoutDoc | null> {
  return ((await db.collection('themedayFanouts').doc(id).get()).data as FanoutDoc | null) ?? null;
}

export async function saveFanout(doc: FanoutDoc): Promise<void> {
  const { _id, ...data } = doc;
  await db.collection('themedayFanouts').doc(_id).set({ data });
}

/**
 * The next page of the branch's consents of `templateId` after `cursor`, in `_id` order: only those
 * that can be sent to (one-time sends left, a live long-term subscription) or that this run already
 * claimed (a crashed tick's claims, to record). Members without consent are never read.
 */
export async function consentsAfter(branchId: string, templateId: string, run: string, cursor: string | null, limit: number): Promise<ConsentRow[]> {
  const base: Record<string, unknown> = { branchId, templateId };
  if (cursor) base._id = _.gt(cursor);
  const where = _.and([base, _.or([{ available: _.gt(0) }, { longTerm: true }, { claimedBy: run }])]);
  const { data } = await db
    .collection('themedayConsents')
    .where(where)
    .orderBy('_id', 'asc')
    .field({ openid: true, available: true, longTerm: true, claimedBy: true, claimTick: true })
    .limit(limit)
    .get();
  return data as ConsentRow[];
}

/**
 * Which of these openids are members of the branch now (a consent keeps the branch he subscribed
 * in). Members whose mobile status ended get no reminders (`neq` also matches records without the field).
 */
export async function branchMembers(branchId: string, openids: string[]): Promise<MemberRow[]> {
  if (!openids.length) return [];
  const { data } = await db.collection('members').where({ branchId, ended: _.neq(true), openid: _.in(openids) }).field({ _id: true, openid: true }).limit(openids.length).get();
  return data as MemberRow[];
}

export const deliveriesByIds = (ids: string[]): Promise<Pick<DeliveryDoc, '_id'>[]> => byIds(db, 'themedayDeliveries', ids, { _id: true });

/**
 * The claim of a chunk, one request per kind: one-time consents with a send left lose one (never
 * below zero), live long-term ones only get the stamp. A consent this run already claimed is left
 * alone. Answers how many were claimed.
 */
export async function claimConsents(oneTime: string[], longTerm: string[], run: string, tick: string): Promise<number> {
  const consents = db.collection('themedayConsents');
  const results = await Promise.all([
    oneTime.length
      ? consents.where({ _id: _.in(oneTime), available: _.gt(0), longTerm: _.neq(true), claimedBy: _.neq(run) }).update({ data: { available: _.inc(-1), claimedBy: run, claimTick: tick } })
      : null,
    longTerm.length ? consents.where({ _id: _.in(longTerm), longTerm: true, claimedBy: _.neq(run) }).update({ data: { claimedBy: run, claimTick: tick } }) : null,
  ]);
  return results.reduce((n, r) => n + ((r as { stats?: { updated?: number } } | null)?.stats?.updated ?? 0), 0);
}

/** The consents among `ids` this tick claimed (the multi-update answers only a count: read when it falls short). */
export async function claimedByTick(ids: string[], tick: string): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const { data } = await db.collection('themedayConsents').where({ _id: _.in(ids), claimTick: tick }).field({ _id: true }).limit(ids.length).get();
  return new Set((data as { _id: string }[]).map((c) => c._id));
}

/** The outcomes of a chunk of sends: one batch insert. */
export async function recordDeliveries(docs: DeliveryDoc[]): Promise<void> {
  if (docs.length) await db.collection('themedayDeliveries').add({ data: docs });
}

/** WeChat refused long-term sends (43101): those members turned the subscription off. */
export async function endLongTerm(consentIds: string[]): Promise<void> {
  if (consentIds.length) await db.collection('themedayConsents').where({ _id: _.in(consentIds) }).update({ data: { longTerm: false } });
}

/** Sends that certainly did not go out (rate limit) give their consent back. */
export async function refundConsents(consentIds: string[]): Promise<void> {
  if (consentIds.length) await db.collection('themedayConsents').where({ _id: _.in(consentIds) }).update({ data: { available: _.inc(1) } });
}
