import type { ActionOutputs } from '@/contracts';
import { treeForCaller } from '@/domain/org/tree-view.rules';
import type { Ctx } from '@shared/dispatch/context';
import { getCounty } from '@shared/repos/config.repo';
import { listBranches, listGroups } from '@shared/repos/org.repo';

/** The organisation, cut to what the caller may see (counters and phones per src/domain/org/tree-view.rules.ts). */
export async function orgTreeHandler(_input: unknown, { caller }: Ctx): Promise<ActionOutputs['org.tree']> {
  const [county, branches, groups] = await Promise.all([getCounty(), listBranches(), listGroups()]);
  return { county: county ? { name: county.name } : null, ...treeForCaller(caller, branches, groups) };
}
