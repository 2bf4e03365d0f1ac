import { useState } from 'react';
import Taro, { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { exportPageUrl } from '@/features/export/export-link';
import { LedgerFilterBar } from '@/features/ledger/ledger-filters';
import { useLedgerOrg } from '@/features/ledger/ledger-org';
import { MemberRow } from '@/features/ledger/member-row';
import { useLedger, type LedgerFilters } from '@/features/ledger/use-ledger';
import { LoadState } from '@/features/shared/load-state';
import { PagedList } from '@/features/shared/paged-list';
import { SubmitButton } from '@/features/shared/submit-button';

/** Organisers: the live 一人一档 ledger of everyone in their scope. */
export default function LedgerPage() {
  const org = useLedgerOrg();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const ledger = useLedger(filters);
  useReachBottom(ledger.more);

  return (
    <View className="page">
      <LoadState remote={org}>{(tree) => <LedgerFilterBar tree={tree} value={filters} onChange={setFilters} />}</LoadState>
      <SubmitButton text="导出 Excel" plain onClick={() => void Taro.navigateTo({ url: exportPageUrl(filters) })} />
      <View className="card">
        <PagedList list={ledger} empty="没有符合条件的党员">
          {(m) => <MemberRow key={m._id} member={m} />}
        </PagedList>
      </View>
    </View>
  );
}
