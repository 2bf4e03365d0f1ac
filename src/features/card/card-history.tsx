import { Text, View } from '@tarojs/components';
import type { ActionOutputs } from '@/contracts';
import { cardEventLabels, cardStateLabels } from '@/domain/card/card.rules';

/** A member's card now and its records, newest first. */
export function CardHistory({ history }: { history: ActionOutputs['card.history'] }) {
  const { card } = history;
  return (
    <View>
      <View className="card">
        <View className="card-title">流动党员活动证</View>
        <View className="row">编号：{card.cardNo ?? '未登记'}</View>
        <View className="row">有效期至：{card.validUntil ?? '未登记'}</View>
        <View className="row">
          状态：{cardStateLabels[card.state]}
          {card.daysLeft !== null && card.state === 'expiring' ? `（还剩 ${card.daysLeft} 天，请及时找支部换证续期）` : ''}
          {card.state === 'expired' ? '（请尽快找支部补办）' : ''}
        </View>
      </View>
      <View className="card">
        <View className="card-title">办理记录</View>
        {history.events.length ? (
          history.events.map((e) => (
            <View key={e._id} className="row">
              <Text>
                {cardEventLabels[e.kind]}
                {e.day ? ` · ${e.day}` : ''}
              </Text>
              <Text className="muted">
                {e.kind === 'check' ? `${e.year} 年度${e.passed ? '合格' : '不合格'}` : `有效期至 ${e.validUntil ?? '—'}`}
                {e.note ? ` · ${e.note}` : ''}
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
