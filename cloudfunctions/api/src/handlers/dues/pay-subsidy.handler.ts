import type { DuesOutputs } from '@/contracts/dues';
import { hasRole } from '@/domain/auth/grant';
import { paidOnRefusal, subsidyId } from '@/domain/dues/dues.rules';
import type { DuesPaySubsidyInput, SubsidyPayment } from '@/domain/dues/dues.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { isDuplicateKey } from '@shared/platform/db-errors';
import type { Ctx } from '@shared/dispatch/context';
import { insertSubsidy } from '../../repos/dues.repo';
import { getRound, roundIdOf } from '../../repos/evaluations.repo';
import { subsidyView } from './dues-views';

/**
 * Records a branch's 党费补助 of a year as paid, for the tier and amount its closed 述职评议 round
 * decided (the amount is the round's, never typed in). The payment's `_id` is s<year>_<branch>:
 * a second one fails on the duplicate key and changes nothing.
 */
export async function paySubsidyHandler(input: DuesPaySubsidyInput, { caller, now }: Ctx): Promise<DuesOutputs['dues.paySubsidy']> {
  if (!hasRole(caller, 'county')) throw forbidden('党费补助由县委组织部登记');
  const badDay = paidOnRefusal(input.paidOn, now);
  if (badDay) throw new AppError(ErrorCodes.DUES_MONTH_INVALID, `拨付日期：${badDay}`, [{ path: 'paidOn', message: badDay }]);
  const round = await getRound(roundIdOf(input.year));
  if (!round || round.status !== 'closed') throw new AppError(ErrorCodes.DUES_NO_TIER, `${input.year} 年度述职评议尚未结束，还没有档次，不能登记补助`);
  const result = round.results?.find((r) => r.branchId === input.branchId);
  if (!result) throw new AppError(ErrorCodes.DUES_NO_TIER, `该支部不在 ${input.year} 年度述职评议之列`);
  if (!result.tier || result.amount <= 0) throw new AppError(ErrorCodes.DUES_NO_TIER, '该支部书记未获评分，没有党费补助');

  const payment: SubsidyPayment = {
    _id: subsidyId(input.year, input.branchId),
    year: input.year,
    branchId: result.branchId,
    branchName: result.branchName,
    tier: result.tier,
    amount: result.amount,
    paidOn: input.paidOn,
    note: input.note || null,
    byOpenid: caller.openid,
    byName: caller.name ?? '',
    at: now,
  };
  try {
    await insertSubsidy(payment);
  } catch (err) {
    if (isDuplicateKey(err)) throw new AppError(ErrorCodes.DUES_SUBSIDY_PAID, `${result.branchName} ${input.year} 年度的党费补助已登记为已拨付`);
    throw err;
  }
  return subsidyView(payment);
}
