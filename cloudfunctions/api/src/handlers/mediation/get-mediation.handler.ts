import type { MediationOutputs } from '@/contracts/mediation';
import { canReadMediation } from '@/domain/mediation/mediation.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getMember } from '@shared/repos/members.repo';
import { getMediation } from '../../repos/mediations.repo';
import { mediationNotFound, mediationView } from './mediation-views';

export async function getMediationHandler(input: { caseId: string }, { caller }: Ctx): Promise<MediationOutputs['mediation.get']> {
  const c = await getMediation(input.caseId);
  if (!c) throw mediationNotFound();
  if (!canReadMediation(caller, c)) throw forbidden('无权查看该调解案件');
  return mediationView(caller, c, (await getMember(c.memberId))?.phone ?? null);
}
