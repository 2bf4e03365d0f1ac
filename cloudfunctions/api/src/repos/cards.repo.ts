import type { CardEvent } from '@/domain/card/card.schema';
import type { Member } from '@/domain/member/member.schema';
import { db, type DbHandle } from '@shared/platform/cloud';
import { allOf } from '@shared/repos/query';

const cards = (h: DbHandle) => h.collection('activityCards');

/** Adds a record inside the member's transaction; a year's second 年审 collides on its `_id`. */
export async function insertCardEvent(tx: DbHandle, event: CardEvent): Promise<void> {
  await cards(tx).add({ data: event });
}

/** A member's records, newest first (a card sees a few a year: one page is his whole history). */
export async function cardEventsOf(memberId: string): Promise<CardEvent[]> {
  const { data } = await cards(db).where({ memberId }).orderBy('at', 'desc').limit(100).get();
  return data as CardEvent[];
}

export type CardHolder = Pick<Member, '_id' | 'name' | 'branchId' | 'groupId' | 'activityCardNo' | 'activityCardExpiry'>;

/** One request: members matching `conds`, newest record first by `_id`, with their card fields only. */
export async function queryCardHolders(conds: (object | null)[], before: string | undefined, limit: number): Promise<CardHolder[]> {
  const { data } = await db
    .collection('members')
    .where(allOf(conds, before))
    .orderBy('_id', 'desc')
    .field({ _id: true, name: true, branchId: true, groupId: true, activityCardNo: true, activityCardExpiry: true })
    .limit(limit)
    .get();
  return data as CardHolder[];
}
