import { Text, View } from '@tarojs/components';
import type { CardListItem } from '@/contracts/card';

/** One lapsed or lapsing card in the organiser's list. */
export function CardListRow({ item }: { item: CardListItem }) {
  return (
    <View className="row">
      <Text>
        {item.name} · {item.cardNo ?? '无编号'}
      </Text>
      <Text className={item.state === 'expired' ? 'danger' : 'muted'}>
        {item.daysLeft !== null && item.daysLeft < 0 ? `已过期 ${-item.daysLeft} 天` : `还剩 ${item.daysLeft} 天`}（{item.validUntil}）
      </Text>
    </View>
  );
}
