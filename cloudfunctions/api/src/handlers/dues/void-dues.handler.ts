import type { DuesOutputs } from '@/contracts/dues';
import { supervisesMember } from '@/domain/auth/scope.rules';
import { duesId, monthLabel } from '@/domain/dues/dues.rules';
import type { DuesVoidInput } from '@/domain/dues/dues.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { inTransaction } from '@shared/platform/cloud';
import type { Ctx } from '@shared/dispatch/context';
import { getDues, removeDues } from '../../repos/dues.repo';
import { getMember, insertChangeBy } from '@shared/repos/members.repo';
import { existingMember } from '@shared/auth/guards';

/**
 * Withdraws a dues record made in error, so the month can be recorded again correctly. The record
 * goes, and his history keeps what was withdrawn, by whom and why; both in one transaction on his
 * own documents (no shared counter moves: arrears are computed from records).
 */
export async function voidDuesHandler(input: DuesVoidInput, { caller, now }: Ctx): Promise<DuesOutputs['dues.void']> {
  const member = existingMember(await getMember(input.memberId));
  if (!supervisesMember(caller, member)) throw forbidden('只有县委组织部和该党员所在支部的书记可撤销党费登记');
  const id = duesId(member._id, input.month);
  await inTransaction(async (tx) => {
    const record = await getDues(id, tx);
    if (!record) throw new AppError(ErrorCodes.DUES_NOT_FOUND, `${member.name} ${monthLabel(input.month)}没有党费登记`);
    await removeDues(tx, id);
    await insertChangeBy(tx, caller, member._id, now, { note: `撤销${monthLabel(input.month)}党费登记（${record.amount} 元，${record.method}，${record.paidOn}）：${input.reason}`, changes: [] });
  });
  return { memberId: member._id, month: input.month, voided: true };
}
