import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { canGrantRole } from '@/domain/auth/grant.rules';
import { canAdministerOrg, runsBranch } from '@/domain/auth/scope.rules';
import { BranchCard } from '@/features/org/branch-card';
import { BranchForm } from '@/features/org/branch-form';
import { GroupForm } from '@/features/org/group-form';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';

type Panel = 'branch' | 'group' | null;

/** Organisers: the county's branches and village groups; the county creates them here. */
export default function BranchesPage() {
  const data = useRemote(loadOrgContext);
  const [panel, setPanel] = useState<Panel>(null);
  const created = () => {
    setPanel(null);
    void data.reload();
  };

  return (
    <View className="page">
      <LoadState remote={data}>
        {({ tree, caller }) => {
          const admin = canAdministerOrg(caller);
          const grants = canGrantRole(caller, 'secretary');
          return (
            <View>
              {admin ? (
                <View className="card">
                  <View className="nav-grid">
                    <View className="nav-item" onClick={() => setPanel(panel === 'branch' ? null : 'branch')}>新建支部</View>
                    <View className="nav-item" onClick={() => setPanel(panel === 'group' ? null : 'group')}>新建网上党小组</View>
                    {grants ? <View className="nav-item" onClick={() => void Taro.navigateTo({ url: '/pages/roles/index' })}>角色管理</View> : null}
                  </View>
                  {panel === 'branch' ? <BranchForm onCreated={created} /> : null}
                  {panel === 'group' ? <GroupForm onCreated={created} /> : null}
                </View>
              ) : null}
              <View className="card-sub mt-8 mb-16">支部（{tree.branches.length}）</View>
              {tree.branches.length ? (
                tree.branches.map((b) => <BranchCard key={b._id} branch={b} canQr={runsBranch(caller, b._id)} />)
              ) : (
                <View className="empty">还没有支部{admin ? '，点击“新建支部”开始' : ''}</View>
              )}
              <View className="card-sub mt-8 mb-16">网上党小组（{tree.groups.length}）</View>
              <View className="card">
                {tree.groups.length ? (
                  tree.groups.map((g) => (
                    <View key={g._id} className="row">
                      <View className="row-label">{g.township} · {g.village}</View>
                      <View className="row-value">{g.memberCount} 人</View>
                    </View>
                  ))
                ) : (
                  <View className="muted">还没有网上党小组</View>
                )}
              </View>
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
