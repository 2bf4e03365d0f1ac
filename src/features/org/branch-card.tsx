import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import { Row } from '../shared/row';
import { BranchQr } from './branch-qr';
import { JoinSettingsPanel } from './join-settings';

type Branch = OrgTree['branches'][number];

/** One branch in the list: who leads it, how many members, and (for its managers) its join code and settings. */
export function BranchCard({ branch, canQr }: { branch: Branch; canQr: boolean }) {
  // Bumped when the code changes: the QR generated before is dropped.
  const [codeKey, setCodeKey] = useState(0);
  return (
    <View className="card">
      <View className="card-title">
        <Text>{branch.name}</Text>
        <Text className="tag">{branch.kind}</Text>
      </View>
      <Row label="所在城市" value={branch.city} />
      <Row label="书记" value={branch.secretaryPhone ? `${branch.secretaryName} ${branch.secretaryPhone}` : branch.secretaryName} />
      <Row label="党员人数" value={String(branch.memberCount)} />
      {canQr ? <JoinSettingsPanel branch={branch} onChanged={() => setCodeKey((k) => k + 1)} /> : null}
      {canQr ? <BranchQr key={codeKey} branchId={branch._id} /> : null}
    </View>
  );
}
