import { cardExpiryNotices, type CardExpiryNotice, type CardHolderForNotice } from '@/domain/card/card-notice.rules';
import { expiringBound } from '@/domain/card/card.rules';
import { _, db } from '../platform/cloud';
import { getAll } from './query';

/**
 * The 活动证 reminders due today (card.expiring events), for the function that sends subscribe
 * messages: the members whose card has exactly 30 days left and the secretaries of their branches.
 * Two indexed reads (members by date, secretaries of those branches); nothing is sent or written here.
 */
export async function dueCardNotices(now: number): Promise<CardExpiryNotice[]> {
  const holders = await getAll<CardHolderForNotice>(db, 'members', { activityCardExpiry: expiringBound(now), ended: _.neq(true) }, ['_id', 'asc'], {
    _id: true,
    openid: true,
    name: true,
    branchId: true,
    activityCardExpiry: true,
    unclaimed: true,
  });
  if (!holders.length) return [];
  const branchIds = [...new Set(holders.map((h) => h.branchId))];
  const users = await getAll<{ _id: string; grants: { role: string; branchId?: string }[] }>(db, 'users', { 'grants.branchId': _.in(branchIds) }, ['_id', 'asc'], { _id: true, grants: true });
  const byBranch: Record<string, string[]> = Object.fromEntries(branchIds.map((id) => [id, []]));
  for (const u of users) for (const g of u.grants) if (g.role === 'secretary' && g.branchId && byBranch[g.branchId]) byBranch[g.branchId].push(u._id);
  return cardExpiryNotices(holders, byBranch, now);
}
