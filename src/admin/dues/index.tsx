import { useState } from 'react';
import { View } from '@tarojs/components';
import { hasRole } from '@/domain/auth/grant';
import { yearOf } from '@/domain/shared/day.rules';
import { monthAt } from '@/domain/themeday/occurrence.rules';
import { ArrearsList } from '@/features/dues/arrears-list';
import { duesArrears } from '@/features/dues/dues.api';
import { DuesRecordForm } from '@/features/dues/dues-record-form';
import { DuesVoidForm } from '@/features/dues/dues-void-form';
import { SubsidyCard } from '@/features/dues/subsidy-list';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { Chips } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { secretaryBranchIds } from '@/domain/auth/scope.rules';

/**
 * 党费管理 for the county and branch secretaries: record a member's month, see a branch's arrears
 * over the last twelve months, and (the county) the year's 党费补助 by evaluation tier.
 */
export default function DuesAdminPage() {
  const org = useRemote(loadOrgContext);
  const [branchId, setBranchId] = useState('');
  const [round, setRound] = useState(0);
  const year = yearOf(Date.now());
  const arrears = useRemote(() => (branchId ? duesArrears({ branchId }) : Promise.resolve(null)), [branchId, round]);
  const [voiding, setVoiding] = useState(false);
  const changed = () => setRound((n) => n + 1);

  return (
    <View className="page">
      <View className="card">
        <View className="card-title">登记党费</View>
        <DuesRecordForm month={monthAt(Date.now())} onRecorded={changed} />
      </View>
      {voiding ? (
        <View className="card">
          <View className="card-title">撤销登记错误的党费</View>
          <DuesVoidForm
            onVoided={() => {
              setVoiding(false);
              changed();
            }}
          />
        </View>
      ) : (
        <SubmitButton text="撤销一条登记" plain onClick={() => setVoiding(true)} />
      )}
      <LoadState remote={org}>
        {({ tree, caller }) => {
          const county = hasRole(caller, 'county');
          const branches = tree.branches.filter((b) => county || secretaryBranchIds(caller).includes(b._id));
          return (
            <View>
              <View className="card">
                <View className="card-title">欠缴情况（近 12 个月）</View>
                <Chips options={branches.map((b) => ({ value: b._id, label: b.name }))} value={branchId} onChange={setBranchId} />
                {branchId ? <LoadState remote={arrears}>{(a) => (a ? <ArrearsList arrears={a} /> : null)}</LoadState> : <View className="muted">请选择支部</View>}
              </View>
              {county ? <SubsidyCard year={year} /> : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
