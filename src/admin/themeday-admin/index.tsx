import { useState } from 'react';
import { View } from '@tarojs/components';
import { monthAt } from '@/domain/themeday/occurrence.rules';
import { loadPublishContext } from '@/features/shared/caller-of-me';
import { Chips } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { AttendanceView } from '@/features/themeday/attendance-view';
import { BranchSettings, CountySheets } from '@/features/themeday/branch-settings';

type Tab = 'attendance' | 'rule' | 'sheet';

/** Secretaries set their branch's rule; the county publishes the 提示单; both follow attendance. */
export default function ThemedayAdminPage() {
  const data = useRemote(async () => {
    const { own, countyWide } = await loadPublishContext();
    return { county: countyWide, branches: own.branches };
  });
  const [tab, setTab] = useState<Tab>('attendance');
  const [branchId, setBranchId] = useState<string>();
  const now = Date.now();

  return (
    <View className="page">
      <LoadState remote={data}>
        {({ county, branches }) => {
          const tabs = [{ value: 'attendance', label: '出勤' }, { value: 'rule', label: '支部规则' }, ...(county ? [{ value: 'sheet', label: '提示单' }] : [])] as { value: Tab; label: string }[];
          const chosen = branchId ?? branches[0]?._id;
          return (
            <View>
              <View className="card">
                <Chips options={tabs} value={tab} onChange={setTab} />
              </View>
              {tab === 'attendance' ? <View className="card"><AttendanceView initialMonth={monthAt(now)} /></View> : null}
              {tab === 'rule' ? (
                <View className="card">
                  {branches.length > 1 ? <Chips options={branches.map((b) => ({ value: b._id, label: b.name }))} value={chosen} onChange={setBranchId} /> : null}
                  {chosen ? <BranchSettings key={chosen} branchId={chosen} /> : <View className="muted">没有可管理的支部</View>}
                </View>
              ) : null}
              {tab === 'sheet' ? (
                <View className="card">
                  <CountySheets />
                </View>
              ) : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
