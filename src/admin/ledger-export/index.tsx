import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { LedgerFilters } from '@/domain/ledger/ledger.schema';
import { ExportProgressCard } from '@/features/export/export-progress';
import { filtersFromParams } from '@/features/export/export-link';
import { useLedgerExport } from '@/features/export/use-ledger-export';
import { LedgerFilterBar } from '@/features/ledger/ledger-filters';
import { useLedgerOrg } from '@/features/ledger/ledger-org';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';

/** Organisers: the 流动党员管理台账 as an Excel file, for the same filters as the ledger. */
export default function LedgerExportPage() {
  const router = useRouter();
  const org = useLedgerOrg();
  const [filters, setFilters] = useState<LedgerFilters>(() => filtersFromParams(router.params));
  const job = useLedgerExport();

  useEffect(() => {
    void job.resumeLast();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once on opening: `job` is a new object each render

  return (
    <View className="page">
      <LoadState remote={org}>{(tree) => <LedgerFilterBar tree={tree} value={filters} onChange={setFilters} />}</LoadState>
      <View className="card">
        <View className="muted">按上方条件导出《流动党员管理台账》（.xlsx）。号码按您的权限显示：非本人管理的党员，手机号和活动证号会打码。</View>
        <SubmitButton text={job.running ? '正在导出…' : '导出 Excel'} onClick={() => void job.start(filters)} />
      </View>
      {job.error ? (
        <View className="error-box" onClick={() => void job.retry()}>
          {job.error.message}
          {job.progress?.state === 'running' ? '（点击继续）' : ''}
        </View>
      ) : null}
      {job.progress ? <ExportProgressCard progress={job.progress} /> : null}
    </View>
  );
}
