import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import { isArchived } from '@/domain/org/org.schema';
import { Row } from '../shared/row';
import { BranchQr } from './branch-qr';
import { JoinSettingsPanel } from './join-settings';

type Branch = OrgTree['branches'][number];

/**
 * One branch in the list: who leads it, where it sits, its counts when they are the caller's to see
 * (org.tree leaves them null otherwise), and for its managers its join code and settings; the county edits it.
 */
export function BranchCard({ branch, parentName, canQr, canEdit }: { branch: Branch; parentName: string | null; canQr: boolean; canEdit: boolean }) {
  const archived = isArchived(branch);
  // Bumped when the code changes: the QR generated before is dropped.
  const [codeKey, setCodeKey] = useState(0);
  return (
    <View className="card">
      <View className="card-title">
        <Text>{branch.name}</Text>
        <Text className="tag">{archived ? '已撤销' : branch.kind}</Text>
      </View>
      {parentName ? <Row label="上级党组织" value={parentName} /> : null}
      <Row label="所在城市" value={branch.city} />
      <Row label="书记" value={branch.secretaryPhone ? `${branch.secretaryName} ${branch.secretaryPhone}` : branch.secretaryName} />
      {branch.memberCount !== null ? <Row label="党员人数" value={String(branch.memberCount)} /> : null}
      {canEdit ? (
        <View className="actions">
          <View className="btn-small" onClick={() => void Taro.navigateTo({ url: `/admin/org-edit/index?branchId=${branch._id}` })}>
            {archived ? '查看/恢复' : '编辑/撤销'}
          </View>
        </View>
      ) : null}
      {canQr && !archived ? <JoinSettingsPanel branch={branch} onChanged={() => setCodeKey((k) => k + 1)} /> : null}
      {canQr && !archived ? <BranchQr key={codeKey} branchId={branch._id} /> : null}
    </View>
  );
}
