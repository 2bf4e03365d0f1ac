import type { ActionOutputs } from '@/contracts';
import type { Branch, Group } from '@/domain/org/org.schema';
import { treeForCaller } from '@/domain/org/tree-view.rules';
import type { Ctx } from '@shared/dispatch/context';
import { getCounty } from '@shared/repos/config.repo';
import { countedUnits } from '@shared/repos/counters.repo';

/** The organisation, cut to what the caller may see (counters and phones per src/domain/org/tree-view.rules.ts). */
export async function orgTreeHandler(_input: unknown, { caller }: Ctx): Promise<ActionOutputs['org.tree']> {
  const [county, branches, groups] = await Promise.all([getCounty(), countedUnits<Branch>('branch', 'all'), countedUnits<Group>('group', 'all')]);
  return { county: county ? { name: county.name } : null, ...treeForCaller(caller, branches, groups) };
}
