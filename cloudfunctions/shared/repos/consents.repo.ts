import { _, db } from '../platform/cloud';
import { updateOrInsert } from './query';

/**
 * themedayConsents/<openid>_<templateId>: every subscribe template's consents (the theme-day
 * reminder's, the 待办 and new-push messages'), so one claim-and-spend story serves them all.
 * The one-time subscribe-message sends this user granted
 * (`available`, +1 per acceptance, -1 per send), or his long-term subscription (`longTerm`).
 * Keyed by openid: WeChat sends to an openid.
 */
export interface ConsentDoc {
  _id: string;
  openid: string;
  memberId: string | null;
  /** The branch he was a member of when he last answered (members moving branch carry it along): the fan-out walks a branch's consents. */
  branchId: string | null;
  templateId: string;
  available: number;
  accepted: number;
  /** A live long-term subscription of this template (sends do not spend `available`). */
  longTerm?: boolean;
  updatedAt: number;
  /** The reminder run (`<occurrenceId>_<stage>`) that last claimed a send, and its tick (cron-theme-day). */
  claimedBy?: string;
  claimTick?: string;
  /** The 待办 message chunk that last spent an acceptance (cron-theme-day, notices-drain.ts). */
  noticeStamp?: string;
}

const consents = () => db.collection('themedayConsents');
export const consentId = (openid: string, templateId: string) => `${openid}_${templateId}`;

/** +1 send: one update, or an insert on first consent (a lost insert race falls back to the update). */
export async function addConsent(openid: string, memberId: string | null, branchId: string | null, templateId: string, now: number): Promise<void> {
  const inc = { available: _.inc(1), accepted: _.inc(1), branchId, updatedAt: now };
  await updateOrInsert<ConsentDoc>(db, 'themedayConsents', consentId(openid, templateId), inc, { openid, memberId, branchId, templateId, available: 1, accepted: 1, updatedAt: now });
}

/** Turns a long-term subscription on or off (the member's latest answer wins). */
export async function setLongTerm(openid: string, memberId: string | null, branchId: string | null, templateId: string, on: boolean, now: number): Promise<void> {
  const change = { longTerm: on, branchId, updatedAt: now };
  await updateOrInsert<ConsentDoc>(db, 'themedayConsents', consentId(openid, templateId), change, { openid, memberId, branchId, templateId, available: 0, accepted: 0, longTerm: on, updatedAt: now });
}

/** A member moved branch: his consents follow him (one multi-update; only he writes them). */
export async function moveConsents(openid: string, branchId: string, now: number): Promise<void> {
  await consents().where({ openid }).update({ data: { branchId, updatedAt: now } });
}

export async function consentsOf(openid: string): Promise<ConsentDoc[]> {
  const { data } = await consents().where({ openid }).limit(100).get();
  return data as ConsentDoc[];
}

/** The answer's view of his consents: one-time sends left per template, and live long-term templates. */
export const consentSummary = (docs: ConsentDoc[]) => ({
  consents: Object.fromEntries(docs.map((c) => [c.templateId, c.available])),
  longTerm: docs.filter((c) => c.longTerm).map((c) => c.templateId),
});
