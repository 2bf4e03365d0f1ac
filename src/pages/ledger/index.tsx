import { useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import { listScope, type ListScope } from '@/domain/auth/scope.rules';
import { LedgerFilterBar } from '@/features/ledger/ledger-filters';
import { MemberRow } from '@/features/ledger/member-row';
import { useLedger, type LedgerFilters } from '@/features/ledger/use-ledger';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';

/** Only the branches and groups the caller may list are offered as filters. */
function treeInScope(tree: OrgTree, scope: ListScope): OrgTree {
  if (!scope || scope.all) return tree;
  return {
    ...tree,
    branches: tree.branches.filter((b) => scope.branchIds.includes(b._id)),
    groups: tree.groups.filter((g) => scope.groupIds.includes(g._id)),
  };
}

/** Organisers: the live 一人一档 ledger of everyone in their scope. */
export default function LedgerPage() {
  const org = useRemote(async () => {
    const { tree, caller } = await loadOrgContext();
    return treeInScope(tree, listScope(caller));
  });
  const [filters, setFilters] = useState<LedgerFilters>({});
  const ledger = useLedger(filters);
  useReachBottom(ledger.more);

  return (
    <View className="page">
      <LoadState remote={org}>{(tree) => <LedgerFilterBar tree={tree} value={filters} onChange={setFilters} />}</LoadState>
      {ledger.error ? <View className="error-box">{ledger.error.message}</View> : null}
      <View className="card">
        {ledger.items.map((m) => (
          <MemberRow key={m._id} member={m} />
        ))}
        {!ledger.loading && !ledger.items.length && !ledger.error ? <View className="empty">没有符合条件的党员</View> : null}
        {ledger.loading ? <View className="empty">加载中…</View> : null}
      </View>
      {ledger.hasMore && !ledger.loading ? <SubmitButton text="加载更多" plain onClick={ledger.more} /> : null}
    </View>
  );
}
