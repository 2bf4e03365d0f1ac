import type { ActionOutputs } from '@/contracts';
import { isOurOrganiser } from '@/domain/auth/scope.rules';
import { maskPhone } from '@/domain/member/mask.rules';
import type { Ctx } from '../../context';
import { getCounty } from '../../repos/config.repo';
import { listBranches, listGroups } from '../../repos/org.repo';

/**
 * Any signed-in user sees the organisation; secretaries' phones in full only for our organisers (an
 * inflow organiser belongs to another organisation).
 */
export async function orgTreeHandler(_input: unknown, { caller }: Ctx): Promise<ActionOutputs['org.tree']> {
  const [county, branches, groups] = await Promise.all([getCounty(), listBranches(), listGroups()]);
  const organiser = isOurOrganiser(caller);
  return {
    county: county ? { name: county.name } : null,
    branches: branches.map((b) => ({ ...b, secretaryPhone: organiser ? b.secretaryPhone : maskPhone(b.secretaryPhone) })),
    groups,
  };
}
