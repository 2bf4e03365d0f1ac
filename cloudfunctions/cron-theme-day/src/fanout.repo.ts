import type { ConsentState } from '@/domain/themeday/consent.rules';
import type { Plan } from '@/domain/themeday/themeday.schema';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { consentId } from '@shared/repos/consents.repo';
import { byIds } from '@shared/repos/query';
import { _, db } from '@shared/platform/cloud';

/**
 * themedayFanouts/<occurrenceId>_<stage>: the cursor of one reminder run (last member `_id` done)
 * and its tallies, so a run cut by the time limit or a crash continues where it stopped.
 * themedayDeliveries/<occurrenceId>_<stage>_<memberId>: one per member, inserted BEFORE the send;
 * the insert is the claim, so a retried or concurrent run never sends to the same member twice.
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
  /** For failed: quota / timeout / rate_limited / interrupted (a crash between claim and result) / errcode. */
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

export async function getFanout(id: string): Promise<FanoutDoc | null> {
  return ((await db.collection('themedayFanouts').doc(id).get()).data as FanoutDoc | null) ?? null;
}

export async function saveFanout(doc: FanoutDoc): Promise<void> {
  const { _id, ...data } = doc;
  await db.collection('themedayFanouts').doc(_id).set({ data });
}

/**
 * The next page of a branch's members after `cursor`, in `_id` order (the cursor's order). Members
 * whose mobile status ended get no reminders (`neq` also matches records without the field).
 */
export async function membersAfter(branchId: string, cursor: string | null, limit: number): Promise<MemberRow[]> {
  const where = cursor ? { branchId, ended: _.neq(true), _id: _.gt(cursor) } : { branchId, ended: _.neq(true) };
  const { data } = await db.collection('members').where(where).orderBy('_id', 'asc').field({ _id: true, openid: true }).limit(limit).get();
  return data as MemberRow[];
}

export const deliveriesByIds = (ids: string[]): Promise<DeliveryDoc[]> => byIds<DeliveryDoc>(db, 'themedayDeliveries', ids);

/** The claim: false when the record already exists (another run has or had this member). */
export async function claimDelivery(doc: DeliveryDoc): Promise<boolean> {
  try {
    await db.collection('themedayDeliveries').add({ data: doc });
    return true;
  } catch (err) {
    if (await db.collection('themedayDeliveries').doc(doc._id).get().then((r: { data: unknown }) => r.data)) return false;
    throw err;
  }
}

export async function settleDelivery(id: string, state: DeliveryState, reason: string | undefined, at: number): Promise<void> {
  await db.collection('themedayDeliveries').doc(id).update({ data: reason ? { state, reason, at } : { state, at } });
}

/** The batch's consents of one template, by openid (one request per batch; absent = never consented). */
export async function consentsFor(openids: string[], templateId: string): Promise<Map<string, ConsentState>> {
  const ids = openids.map((o) => consentId(o, templateId));
  const rows = await byIds<ConsentState & { openid: string }>(db, 'themedayConsents', ids, { openid: true, available: true, longTerm: true });
  return new Map(rows.map((c) => [c.openid, c]));
}

/** WeChat refused a long-term send (43101): the member turned the subscription off. */
export async function endLongTerm(openid: string, templateId: string): Promise<void> {
  await db.collection('themedayConsents').doc(consentId(openid, templateId)).update({ data: { longTerm: false } });
}

/** Spends one consent if any is left (conditional update: never below zero). */
export async function spendConsent(openid: string, templateId: string): Promise<boolean> {
  const { stats } = await db.collection('themedayConsents').where({ _id: consentId(openid, templateId), available: _.gt(0) }).update({ data: { available: _.inc(-1) } });
  return stats.updated === 1;
}

/** A send that certainly did not go out (rate limit) gives the consent back. */
export async function refundConsent(openid: string, templateId: string): Promise<void> {
  await db.collection('themedayConsents').doc(consentId(openid, templateId)).update({ data: { available: _.inc(1) } });
}
