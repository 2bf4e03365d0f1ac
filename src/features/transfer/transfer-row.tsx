import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { TransferView } from '@/contracts/transfer';
import { minuteOf } from '@/domain/shared/day.rules';
import { transferKindLabels, transferStateLabels } from './transfer-labels';

/** One transfer: who, from where to where, why, and how it stands; `children` are its actions. */
export function TransferRow({ transfer: t, children }: { transfer: TransferView; children?: ReactNode }) {
  const village = t.from.groupId !== t.to.groupId ? `（家乡改为${t.to.groupName}）` : '';
  return (
    <View className="history-item">
      <View className="card-title">
        {t.memberName} · {transferStateLabels[t.state]}
      </View>
      <View>
        {t.from.branchName} → {t.to.branchName}
        {village}
      </View>
      <View className="muted">
        {transferKindLabels[t.kind]} · {t.requestedByName ?? '本人'} · {minuteOf(t.requestedAt)}
      </View>
      {t.note ? <View className="muted">说明：{t.note}</View> : null}
      {t.decisionNote ? <View className="muted">审核意见：{t.decisionNote}</View> : null}
      {children}
    </View>
  );
}
