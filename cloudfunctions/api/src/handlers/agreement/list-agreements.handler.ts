import type { ActionOutputs } from '@/contracts';
import { hasRole } from '@/domain/auth/grant';
import { inflowAgreementIds } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { agreementsByIds, listAgreements } from '../../repos/agreements.repo';
import { summaryOf } from './agreement-view';

/** The county sees every agreement; an inflow organiser sees the ones he works under. */
export async function listAgreementsHandler(input: { agreementId?: string } | undefined, { caller }: Ctx): Promise<ActionOutputs['agreement.list']> {
  const only = input?.agreementId;
  if (hasRole(caller, 'county')) {
    const all = only ? await agreementsByIds([only]) : await listAgreements();
    return { items: all.map(summaryOf) };
  }
  const mine = inflowAgreementIds(caller);
  if (!mine.length || (only && !mine.includes(only))) throw forbidden('无权查看共管协议');
  const items = await agreementsByIds(only ? [only] : mine);
  return { items: items.sort((a, b) => b.createdAt - a.createdAt).map(summaryOf) };
}
