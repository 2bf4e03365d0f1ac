import type { MediationOutputs } from '@/contracts/mediation';
import type { Ctx } from '@shared/dispatch/context';
import { ownMemberId } from '@shared/auth/guards';
import { mediationsOfMember } from '../../repos/mediations.repo';
import { myMediationView } from './mediation-views';

/**
 * 我的调解: the cases about the caller (his own, and those of the 老乡 he brought), found by his own
 * member record, never by an id he sends; read-only, his latest 50. Kept after his mobile status
 * ends: a case opened while he was away still concerns him.
 */
export async function myMediationsHandler(_input: Record<string, never>, { caller }: Ctx): Promise<MediationOutputs['mediation.mine']> {
  const memberId = ownMemberId(caller, '后查看调解维权');
  return { items: (await mediationsOfMember(memberId, 50)).map(myMediationView) };
}
