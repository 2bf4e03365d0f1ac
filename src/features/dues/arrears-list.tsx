import { Text, View } from '@tarojs/components';
import type { ActionOutputs } from '@/contracts';
import { monthLabel } from '@/domain/dues/dues.rules';

/** A branch's arrears over the span: who owes which months, and how many owe nothing. */
export function ArrearsList({ arrears }: { arrears: ActionOutputs['dues.arrears'] }) {
  return (
    <View>
      <View className="row">
        <Text>
          {monthLabel(arrears.from)}至{monthLabel(arrears.to)}：党员 {arrears.members} 人，已交齐 {arrears.paidUp} 人，已登记 {arrears.recorded.count} 笔共 {arrears.recorded.amount} 元
        </Text>
      </View>
      {arrears.rows.length ? (
        arrears.rows.map((r) => (
          <View key={r.memberId} className="row arrears-row">
            <Text>{r.name}</Text>
            <Text className="muted">欠 {r.unpaid.length} 个月：{r.unpaid.map(monthLabel).join('、')}</Text>
          </View>
        ))
      ) : (
        <View className="empty">本期无欠缴</View>
      )}
    </View>
  );
}
