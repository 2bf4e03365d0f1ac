import type { MediationOutputs } from '@/contracts/mediation';
import type { MediationListInput } from '@/domain/mediation/mediation.schema';
import { unitsOf } from '@shared/repos/query';
import type { Ctx } from '@shared/dispatch/context';
import { membersByIds } from '@shared/repos/members.repo';
import { queryMediations } from '../../repos/mediations.repo';
import { requireListConstraint } from '@shared/auth/guards';
import { pageOf } from '../page';
import { mediationView } from './mediation-views';

/** The cases of the caller's units (the ledger's scope rule), newest first; `open` true/false filters by state. */
export async function listMediationsHandler(input: MediationListInput, { caller }: Ctx): Promise<MediationOutputs['mediation.list']> {
  const limit = input.limit ?? 20;
  const constraint = requireListConstraint(caller, { branchId: input.branchId }, '无权查看这些调解案件');
  const state = input.open === undefined ? undefined : input.open ? 'open' : 'closed';
  const rows = await queryMediations({ state, kind: input.kind, branchId: input.branchId, within: unitsOf(constraint), before: input.cursor }, limit + 1);
  const phones = new Map((await membersByIds([...new Set(rows.slice(0, limit).map((c) => c.memberId))])).map((m) => [m._id, m.phone]));
  return pageOf(rows, limit, (c) => mediationView(caller, c, phones.get(c.memberId) ?? null));
}
