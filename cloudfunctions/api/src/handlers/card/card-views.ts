import type { CardEventView, CurrentCard } from '@/contracts/card';
import type { CardEvent } from '@/domain/card/card.schema';
import { cardState } from '@/domain/card/card.rules';
import { daysUntil } from '@/domain/shared/day.rules';
import type { Member } from '@/domain/member/member.schema';

export const cardEventView = ({ byOpenid: _by, ...rest }: CardEvent): CardEventView => rest;

/** The card a record holds now (its profile fields). */
export function currentCard(m: Pick<Member, 'activityCardNo' | 'activityCardExpiry'>, now: number): CurrentCard {
  const validUntil = m.activityCardExpiry ?? null;
  return { cardNo: m.activityCardNo ?? null, validUntil, state: cardState(validUntil, now), daysLeft: validUntil ? daysUntil(validUntil, now) : null };
}

/**
 * A record whose number and date were entered in the profile (by the member, an organiser or the
 * ledger import) before card records existed has no events: its history starts with one line made
 * from those fields, so nothing is migrated in bulk and nothing entered before is lost.
 */
export function profileEvent(m: Pick<Member, '_id' | 'branchId' | 'activityCardNo' | 'activityCardExpiry' | 'updatedAt'>): CardEventView | null {
  if (!m.activityCardNo && !m.activityCardExpiry) return null;
  return {
    _id: `${m._id}_profile`,
    memberId: m._id,
    branchId: m.branchId,
    kind: 'profile',
    day: '',
    cardNo: m.activityCardNo ?? null,
    validUntil: m.activityCardExpiry ?? null,
    year: null,
    passed: null,
    note: '档案中登记的活动证信息',
    byName: '',
    at: m.updatedAt,
  };
}
