import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { canGrantRole } from '@/domain/auth/grant.rules';
import { canAdministerOrg, runsBranch } from '@/domain/auth/scope.rules';
import { branchKinds, isArchived } from '@/domain/org/org.schema';
import { BranchCard } from '@/features/org/branch-card';
import { BranchForm } from '@/features/org/branch-form';
import { GroupForm } from '@/features/org/group-form';
import { emptyOrgFilter, filterTree, type OrgFilter } from '@/features/org/org-filter';
import { PosterDownload } from '@/features/org/poster-download';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { asOptions, Chips } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';

type Panel = 'branch' | 'group' | 'print' | null;

const kindOptions = [{ value: 'all' as const, label: '全部' }, ...asOptions(branchKinds)];

/**
 * Organisers: the county's branches and village groups, filtered by text and kind. What each sees
 * is org.tree's cut (counts and secretaries' phones only within his scope); the county creates,
 * edits, archives, imports and prints here.
 */
export default function BranchesPage() {
  const data = useRemote(loadOrgContext);
  const [panel, setPanel] = useState<Panel>(null);
  const [filter, setFilter] = useState<OrgFilter>(emptyOrgFilter);
  const created = () => {
    setPanel(null);
    void data.reload();
  };
  const toggle = (p: Panel) => setPanel(panel === p ? null : p);

  return (
    <View className="page">
      <LoadState remote={data}>
        {({ tree, caller }) => {
          const admin = canAdministerOrg(caller);
          const grants = canGrantRole(caller, 'secretary');
          const shown = filterTree(tree, filter);
          const nameOf = new Map(tree.branches.map((b) => [b._id, b.name]));
          return (
            <View>
              {admin ? (
                <View className="card">
                  <View className="nav-grid">
                    <View className="nav-item" onClick={() => toggle('branch')}>新建支部</View>
                    <View className="nav-item" onClick={() => toggle('group')}>新建网上党小组</View>
                    {grants ? <View className="nav-item" onClick={() => void Taro.navigateTo({ url: '/admin/roles/index' })}>角色管理</View> : null}
                    <View className="nav-item" onClick={() => void Taro.navigateTo({ url: '/admin/org-import/index' })}>批量导入</View>
                    <View className="nav-item" onClick={() => toggle('print')}>打印二维码</View>
                  </View>
                  {panel === 'branch' ? <BranchForm onCreated={created} /> : null}
                  {panel === 'group' ? <GroupForm onCreated={created} /> : null}
                  {panel === 'print' ? <PosterDownload /> : null}
                </View>
              ) : null}
              <View className="card">
                <Input className="field-input" value={filter.q} placeholder="搜索支部、城市、书记或村" onInput={(e) => setFilter({ ...filter, q: e.detail.value })} />
                <Chips options={kindOptions} value={filter.kind} onChange={(kind) => setFilter({ ...filter, kind })} />
                {admin ? (
                  <View className="chips">
                    <View className={filter.archived ? 'chip chip-on' : 'chip'} onClick={() => setFilter({ ...filter, archived: !filter.archived })}>
                      含已撤销
                    </View>
                  </View>
                ) : null}
              </View>
              <View className="card-sub mt-8 mb-16">支部（{shown.branches.length}）</View>
              {shown.branches.length ? (
                shown.branches.map((b) => (
                  <BranchCard key={b._id} branch={b} parentName={b.parentId ? (nameOf.get(b.parentId) ?? null) : null} canQr={runsBranch(caller, b._id)} canEdit={admin} />
                ))
              ) : (
                <View className="empty">{tree.branches.length ? '没有符合条件的支部' : `还没有支部${admin ? '，点击“新建支部”开始' : ''}`}</View>
              )}
              <View className="card-sub mt-8 mb-16">网上党小组（{shown.groups.length}）</View>
              <View className="card">
                {shown.groups.length ? (
                  shown.groups.map((g) => (
                    <View
                      key={g._id}
                      className="row"
                      onClick={admin ? () => void Taro.navigateTo({ url: `/admin/org-edit/index?groupId=${g._id}` }) : undefined}
                    >
                      <Text className="row-label">{g.township} · {g.village}{isArchived(g) ? '（已撤销）' : ''}</Text>
                      <Text className="row-value">{g.memberCount !== null ? `${g.memberCount} 人` : g.name}</Text>
                    </View>
                  ))
                ) : (
                  <View className="muted">{tree.groups.length ? '没有符合条件的网上党小组' : '还没有网上党小组'}</View>
                )}
              </View>
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
