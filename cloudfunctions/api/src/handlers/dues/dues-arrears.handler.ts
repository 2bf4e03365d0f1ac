import type { ArrearsRow, DuesOutputs } from '@/contracts/dues';
import { supervisesMember } from '@/domain/auth/scope.rules';
import type { DuesArrearsInput } from '@/domain/dues/dues.schema';
import { arrearsSpan, dueMonths, duesId, monthsBetween, roundYuan, spanRefusal, unpaidMonths } from '@/domain/dues/dues.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { branchMembersForDues, duesByIds } from '../../repos/dues.repo';
import { getBranch } from '@shared/repos/org.repo';

/**
 * Who in a branch has not paid which months of a span (a year at most). The branch's members are
 * read once, then exactly the records member × month by their deterministic ids: the answer is
 * computed from records, so it cannot drift from them.
 */
export async function duesArrearsHandler(input: DuesArrearsInput, { caller, now }: Ctx): Promise<DuesOutputs['dues.arrears']> {
  if (!supervisesMember(caller, { branchId: input.branchId })) throw forbidden('只有县委组织部和本支部书记可查看党费欠缴');
  const { from, to } = arrearsSpan(input, now);
  const bad = spanRefusal(from, to);
  if (bad) throw new AppError(ErrorCodes.DUES_MONTH_INVALID, bad, [{ path: 'from', message: bad }]);
  if (!(await getBranch(input.branchId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '所选支部不存在');

  const members = await branchMembersForDues(input.branchId);
  const months = monthsBetween(from, to);
  const records = await duesByIds(members.flatMap((m) => months.map((month) => duesId(m._id, month))));
  const paid = new Map<string, Set<string>>();
  for (const r of records) paid.set(r.memberId, (paid.get(r.memberId) ?? new Set()).add(r.month));

  const rows: ArrearsRow[] = [];
  for (const m of members) {
    const unpaid = unpaidMonths(dueMonths(m.joinedAt, from, to, now), paid.get(m._id) ?? new Set());
    if (unpaid.length) rows.push({ memberId: m._id, name: m.name, groupId: m.groupId, unpaid });
  }
  rows.sort((a, b) => b.unpaid.length - a.unpaid.length || a.name.localeCompare(b.name, 'zh'));
  return {
    branchId: input.branchId,
    from,
    to,
    members: members.length,
    paidUp: members.length - rows.length,
    rows,
    recorded: { count: records.length, amount: roundYuan(records.reduce((s, r) => s + r.amount, 0)) },
  };
}
