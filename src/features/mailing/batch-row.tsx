import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MailBatchView } from '@/contracts/mailing';
import { dayOf } from '@/domain/shared/day.rules';

/** One batch with its counts; a tap opens its recipients. */
export function BatchRow({ item }: { item: MailBatchView }) {
  const { recipients, sent, received } = item.counts;
  return (
    <View className="row" onClick={() => void Taro.navigateTo({ url: `/admin/mailing/index?id=${item._id}` })}>
      <View className="row-label">
        <View>{item.title}</View>
        <View className="muted">{dayOf(item.createdAt)} · {item.byName ?? ''}</View>
      </View>
      <View className="row-value">
        共 {recipients} 人 · 已寄 {sent} · 已签收 {received}
      </View>
    </View>
  );
}
