import type { ActionOutputs } from '@/contracts';
import { listScope } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { cadresOfGroup } from '../../repos/pairings.repo';

/** The cadres of a village group, to pair its members with: for organisers (a name is not personal data). */
export async function pairingCadresHandler(input: { groupId: string }, { caller }: Ctx): Promise<ActionOutputs['pairing.cadres']> {
  if (!listScope(caller)) throw forbidden('仅组织工作人员可查看');
  return { cadres: await cadresOfGroup(input.groupId) };
}
