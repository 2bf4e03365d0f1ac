import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { JoinRequestView } from '@/contracts/joining';
import { minuteOf } from '@/domain/shared/day.rules';
import { Row } from '../shared/row';

/** A join waiting for approval: who he says he is, where from, which branch; `children` are the decision. */
export function JoinRequestRow({ request: r, children }: { request: JoinRequestView; children?: ReactNode }) {
  return (
    <View className="history-item">
      <View className="card-title">
        {r.profile.name} · {r.profile.gender}
      </View>
      <Row label="手机号" value={r.profile.phone} />
      <Row label="现居城市" value={r.profile.city} />
      <Row label="家乡" value={r.groupName} />
      <Row label="申请加入" value={r.branchName} />
      <View className="muted">{minuteOf(r.requestedAt)}</View>
      {children}
    </View>
  );
}
