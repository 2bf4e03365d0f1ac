import type { DuesOutputs } from '@/contracts/dues';
import { supervisesMember } from '@/domain/auth/scope.rules';
import type { DuesRecord, DuesRecordInput } from '@/domain/dues/dues.schema';
import { duesId, monthLabel, monthRefusal, paidOnRefusal } from '@/domain/dues/dues.rules';
import { dayOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { isDuplicateKey } from '@shared/platform/db-errors';
import type { Ctx } from '@shared/dispatch/context';
import { insertDues } from '../../repos/dues.repo';
import { getMember } from '@shared/repos/members.repo';
import { existingMember } from '@shared/auth/guards';
import { duesView } from './dues-views';

/**
 * Records one member's dues for one month, as handed to his branch (the app moves no money). The
 * record's `_id` is member_month: a second record of the month — a double tap, two organisers at
 * once — fails on the duplicate key and changes nothing. Only his record is written: no shared
 * counter, no transaction (the arrears list counts records).
 */
export async function recordDuesHandler(input: DuesRecordInput, { caller, now }: Ctx): Promise<DuesOutputs['dues.record']> {
  const member = existingMember(await getMember(input.memberId));
  if (!supervisesMember(caller, member)) throw forbidden('只有县委组织部和该党员所在支部的书记可登记党费');
  const badMonth = monthRefusal(input.month, now);
  if (badMonth) throw new AppError(ErrorCodes.DUES_MONTH_INVALID, `月份：${badMonth}`, [{ path: 'month', message: badMonth }]);
  const paidOn = input.paidOn ?? dayOf(now);
  const badDay = paidOnRefusal(paidOn, now);
  if (badDay) throw new AppError(ErrorCodes.DUES_MONTH_INVALID, badDay, [{ path: 'paidOn', message: badDay }]);

  const record: DuesRecord = {
    _id: duesId(member._id, input.month),
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    groupId: member.groupId,
    month: input.month,
    amount: input.amount,
    method: input.method,
    paidOn,
    note: input.note || null,
    byOpenid: caller.openid,
    byName: caller.name ?? '',
    at: now,
  };
  try {
    await insertDues(record);
  } catch (err) {
    if (isDuplicateKey(err)) throw new AppError(ErrorCodes.DUES_ALREADY_RECORDED, `${member.name} ${monthLabel(input.month)}的党费已登记，不能重复登记`);
    throw err;
  }
  return duesView(record);
}
