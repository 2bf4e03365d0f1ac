import type { DuesOutputs, SubsidyRow } from '@/contracts/dues';
import { hasRole } from '@/domain/auth/grant';
import type { DuesSubsidiesInput } from '@/domain/dues/dues.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { subsidiesOfYear } from '../../repos/dues.repo';
import { getRound, roundIdOf } from '../../repos/evaluations.repo';
import { subsidyView } from './dues-views';

/**
 * The year's 党费补助: each evaluated branch's tier and amount as the closed 述职评议 round decided
 * them, beside what the county recorded as paid. Before the round closes there are no tiers yet.
 */
export async function duesSubsidiesHandler(input: DuesSubsidiesInput, { caller }: Ctx): Promise<DuesOutputs['dues.subsidies']> {
  if (!hasRole(caller, 'county')) throw forbidden('党费补助由县委组织部登记');
  const [round, payments] = await Promise.all([getRound(roundIdOf(input.year)), subsidiesOfYear(input.year)]);
  const paid = new Map(payments.map((p) => [p.branchId, p]));
  const rows: SubsidyRow[] = (round?.results ?? []).map((r) => {
    const payment = paid.get(r.branchId);
    return { branchId: r.branchId, branchName: r.branchName, secretaryName: r.secretaryName, tier: r.tier, amount: r.amount, payment: payment ? subsidyView(payment) : null };
  });
  return {
    year: input.year,
    round: !round ? 'none' : round.status,
    rows,
    totals: { due: rows.reduce((s, r) => s + r.amount, 0), paid: payments.reduce((s, p) => s + p.amount, 0) },
  };
}
