import type { ActionOutputs } from '@/contracts';
import { hasRole } from '@/domain/auth/grant';
import { gapRowOf } from '@/domain/pairing/gap-report.rules';
import { isCadreOf } from '@/domain/pairing/pairing-scope.rules';
import { viewForCaller } from '@/domain/member/mask.rules';
import { dayOf } from '@/domain/shared/day.rules';
import type { Ctx } from '@shared/dispatch/context';
import { membersByIds } from '@shared/repos/members.repo';
import { getPairing, pairingsOfCadre } from '../../repos/pairings.repo';
import { loadGapSettings } from './load-gap-settings';

/** A cadre's members with their last contact and gap, longest gap first; a member's own cadre. */
export async function myPairingsHandler(_input: unknown, { caller, now }: Ctx): Promise<ActionOutputs['pairing.mine']> {
  const isCadre = hasRole(caller, 'cadre');
  const [pairings, mine, settings] = await Promise.all([
    // Only the villages he is still a cadre of: a revoked grant leaves his old pairings behind.
    isCadre ? pairingsOfCadre(caller.openid).then((ps) => ps.filter((p) => isCadreOf(caller.grants, p.groupId))) : Promise.resolve([]),
    caller.memberId ? getPairing(caller.memberId) : Promise.resolve(null),
    loadGapSettings(),
  ]);
  const members = await membersByIds(pairings.map((p) => p.memberId));
  const byId = new Map(pairings.map((p) => [p.memberId, p]));
  const today = dayOf(now);
  const asCadre = members
    .map((m) => ({ ...gapRowOf(m, byId.get(m._id), null, today, settings), phone: viewForCaller(caller, m).phone ?? null }))
    .sort((a, b) => b.gapDays - a.gapDays || a.name.localeCompare(b.name));
  return { asCadre, myCadre: mine ? { cadreName: mine.cadreName, since: mine.since, lastContactDay: mine.lastContactDay } : null, settings };
}
