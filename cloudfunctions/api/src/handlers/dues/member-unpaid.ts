import { arrearsSpan, dueMonths, duesId, unpaidMonths } from '@/domain/dues/dues.rules';
import { duesByIds } from '../../repos/dues.repo';
import { getMember } from '@shared/repos/members.repo';

/**
 * The months of the last twelve (current one included) a member has no dues record for, not
 * before he joined: his record and exactly those months' records by id, in parallel. Used by the
 * theme day's 提示单 line; an unknown member owes nothing here.
 */
export async function memberUnpaidMonths(memberId: string, now: number): Promise<string[]> {
  const { from, to } = arrearsSpan({}, now);
  const months = dueMonths(0, from, to, now);
  const [member, records] = await Promise.all([getMember(memberId), duesByIds(months.map((m) => duesId(memberId, m)))]);
  if (!member) return [];
  return unpaidMonths(dueMonths(member.joinedAt, from, to, now), new Set(records.map((r) => r.month)));
}
