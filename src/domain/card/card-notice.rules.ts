import { SHANGHAI } from '../shared/day.rules';
import { CARD_EXPIRY_DAYS, cardReminderDue } from './card.rules';

/**
 * The 活动证 reminder as an event: the member and the secretaries of his branch, told once, on the
 * day his card has CARD_EXPIRY_DAYS left. Pure and sender-free: whoever sends subscribe messages
 * turns each notice into one message (the `thing` keyword holds at most 20 characters).
 */
export interface CardHolderForNotice {
  _id: string;
  openid: string;
  name: string;
  branchId: string;
  activityCardExpiry?: string | null;
  ended?: boolean;
  unclaimed?: boolean;
}

export interface CardExpiryNotice {
  kind: 'card.expiring';
  /** Who is told: the holder himself, or a secretary of his branch. */
  to: string;
  audience: 'member' | 'secretary';
  memberId: string;
  memberName: string;
  branchId: string;
  validUntil: string;
  daysLeft: number;
  /** ≤ 20 characters (subscribe message `thing`). */
  thing: string;
}

/**
 * The notices due on the day `now` falls on: one per holder and one per secretary of his branch,
 * for every active member whose card has exactly 30 days left. An imported record nobody has
 * claimed has no WeChat openid: only his secretaries are told.
 */
export function cardExpiryNotices(
  holders: CardHolderForNotice[],
  secretariesByBranch: Readonly<Record<string, string[]>>,
  now: number,
  tz: string = SHANGHAI,
): CardExpiryNotice[] {
  const out: CardExpiryNotice[] = [];
  for (const m of holders) {
    if (m.ended || !cardReminderDue(m.activityCardExpiry, now, tz)) continue;
    const base = { kind: 'card.expiring' as const, memberId: m._id, memberName: m.name, branchId: m.branchId, validUntil: m.activityCardExpiry!, daysLeft: CARD_EXPIRY_DAYS };
    if (!m.unclaimed) out.push({ ...base, to: m.openid, audience: 'member', thing: `您的活动证${CARD_EXPIRY_DAYS}天后到期` });
    for (const openid of secretariesByBranch[m.branchId] ?? []) {
      out.push({ ...base, to: openid, audience: 'secretary', thing: `${m.name.slice(0, 8)}的活动证${CARD_EXPIRY_DAYS}天后到期`.slice(0, 20) });
    }
  }
  return out;
}
