import type { ActionOutputs } from '@/contracts';
import { mayListCadres } from '@/domain/pairing/pairing-scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { cadresOfGroup, pairingsOfGroup } from '../../repos/pairings.repo';
import { peopleFor } from '../roles/people';

/**
 * The cadres of a village group, to pair its members with, as people (name, 单位/职务, phone) so two
 * cadres of one village can be told apart, and who is paired with whom now (the pairing page shows
 * it): for organisers in scope (mayListCadres).
 */
export async function pairingCadresHandler(input: { groupId: string }, { caller }: Ctx): Promise<ActionOutputs['pairing.cadres']> {
  if (!mayListCadres(caller, input.groupId)) throw forbidden('仅组织工作人员可查看（村干部仅限本村）');
  const [cadres, pairings] = await Promise.all([cadresOfGroup(input.groupId), pairingsOfGroup(input.groupId)]);
  const people = await peopleFor(caller, cadres.map((c) => c.openid));
  return {
    cadres: cadres.map((c) => people.get(c.openid)!),
    pairings: pairings.map((p) => ({ memberId: p.memberId, cadreOpenid: p.cadreOpenid, cadreName: p.cadreName })),
  };
}
