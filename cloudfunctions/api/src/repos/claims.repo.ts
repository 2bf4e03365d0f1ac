import type { Member } from '@/domain/member/member.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import type { Join } from '@shared/repos/caller.repo';

/** unclaimedWithPhone as a join of the caller's read (member.join). */
export const unclaimedWithPhoneJoin = (phone: string): Join => ({ collection: 'members', match: { phone, unclaimed: true }, limit: 10 });

/** Unclaimed imported records holding this phone (index phone; a phone names one person, so at most a few). */
export async function unclaimedWithPhone(phone: string): Promise<Member[]> {
  const { data } = await db.collection('members').where({ phone, unclaimed: true }).limit(10).get();
  return data as Member[];
}

/** Hands an imported record to its member: his openid replaces the placeholder (the unique index on openid refuses a second record for him). */
export async function attachOpenid(tx: DbHandle, memberId: string, openid: string, now: number): Promise<void> {
  await tx.collection('members').doc(memberId).update({ data: { openid, unclaimed: _.remove(), claimedAt: now, updatedAt: now } });
}
