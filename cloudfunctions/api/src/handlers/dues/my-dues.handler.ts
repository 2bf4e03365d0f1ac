import type { DuesOutputs } from '@/contracts/dues';
import { arrearsSpan, dueMonths, duesReminderLine, splitUnpaid, unpaidMonths } from '@/domain/dues/dues.rules';
import type { Ctx } from '@shared/dispatch/context';
import { duesOfMember } from '../../repos/dues.repo';
import { getMember } from '@shared/repos/members.repo';
import { existingMember, ownMemberId } from '@shared/auth/guards';
import { duesView } from './dues-views';

/** The member's own dues: his records of the last twelve months (and any paid ahead), what he owes, and the reminder line. */
export async function myDuesHandler(_input: Record<string, never>, { caller, now }: Ctx): Promise<DuesOutputs['dues.mine']> {
  const memberId = ownMemberId(caller, '后查看党费');
  const { from, to } = arrearsSpan({}, now);
  const [member, records] = await Promise.all([getMember(memberId), duesOfMember(memberId, from)]);
  const unpaid = unpaidMonths(dueMonths(existingMember(member).joinedAt, from, to, now), new Set(records.map((r) => r.month)));
  const { arrears, thisMonth } = splitUnpaid(unpaid, now);
  return {
    records: records.map(duesView),
    arrears,
    thisMonthPaid: !thisMonth,
    reminder: duesReminderLine(unpaid, now),
  };
}
