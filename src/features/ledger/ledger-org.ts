import type { OrgTree } from '@/contracts';
import { listScope, type ListScope } from '@/domain/auth/scope.rules';
import { loadOrgContext } from '../shared/caller-of-me';
import { useRemote } from '../shared/use-remote';

/** Only the branches and groups the caller may list are offered as filters. */
export function treeInScope(tree: OrgTree, scope: ListScope): OrgTree {
  if (!scope || scope.all) return tree;
  return {
    ...tree,
    branches: tree.branches.filter((b) => scope.branchIds.includes(b._id)),
    groups: tree.groups.filter((g) => scope.groupIds.includes(g._id)),
  };
}

/** The org tree cut to the caller's list scope: what the ledger and its export offer as filters. */
export function useLedgerOrg() {
  return useRemote(async () => {
    const { tree, caller } = await loadOrgContext();
    return treeInScope(tree, listScope(caller));
  });
}
