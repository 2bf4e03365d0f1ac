import { Text, View } from '@tarojs/components';
import type { ActionOutputs } from '@/contracts';
import { monthLabel } from '@/domain/dues/dues.rules';

/** A member's own dues: the reminder, arrears and the records of the last twelve months. */
export function MyDues({ dues }: { dues: ActionOutputs['dues.mine'] }) {
  return (
    <View>
      <View className="card">
        <View className="card-title">交纳情况</View>
        <View className="row">{dues.reminder ?? '党费已按月交齐，谢谢！'}</View>
        {dues.arrears.length ? <View className="row muted">未交月份：{dues.arrears.map(monthLabel).join('、')}</View> : null}
        <View className="row muted">党费由支部收取后在此登记，小程序不收取任何费用。</View>
      </View>
      <View className="card">
        <View className="card-title">交纳记录</View>
        {dues.records.length ? (
          dues.records.map((r) => (
            <View key={r._id} className="row">
              <Text>{monthLabel(r.month)}</Text>
              <Text>
                {r.amount} 元 · {r.method} · {r.paidOn}
              </Text>
            </View>
          ))
        ) : (
          <View className="empty">暂无记录</View>
        )}
      </View>
    </View>
  );
}
