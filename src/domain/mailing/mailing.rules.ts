import type { Caller } from '../auth/grant';
import { canManageMember, type MemberPlacement } from '../auth/scope.rules';
import type { MailItem } from './mailing.schema';

export const mailItemId = (batchId: string, memberId: string): string => `${batchId}_${memberId}`;

/** The members of `members` the caller does not manage: a dispatch naming any of them is refused whole. */
export const outsideScope = <M extends Pick<MemberPlacement, '_id' | 'branchId' | 'groupId'>>(caller: Caller, members: readonly M[]): M[] =>
  members.filter((m) => !canManageMember(caller, m));

/** Where a recipient stands: 待寄出 → 已寄出 → 已签收 (a member may confirm a parcel the organiser has not marked yet). */
export function itemStatus(item: Pick<MailItem, 'sentAt' | 'receivedAt'>): 'pending' | 'sent' | 'received' {
  if (item.receivedAt !== null) return 'received';
  return item.sentAt !== null ? 'sent' : 'pending';
}

export const itemStatusLabels = { pending: '待寄出', sent: '已寄出', received: '已签收' } as const;

/** The distinct units of the recipients (the batch is listed for organisers of any of them). */
export function unitsOfRecipients(members: readonly Pick<MemberPlacement, 'branchId' | 'groupId'>[]): { branchIds: string[]; groupIds: string[] } {
  return { branchIds: [...new Set(members.map((m) => m.branchId))], groupIds: [...new Set(members.map((m) => m.groupId))] };
}
