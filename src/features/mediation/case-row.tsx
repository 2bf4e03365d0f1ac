import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { dayOf } from '@/domain/shared/day.rules';

type Item = ActionOutput<'mediation.list'>['items'][number];

/** One case in the list: who, the kind, the handler, open or closed; a tap opens it. */
export function MediationRow({ item }: { item: Item }) {
  const who = item.villager ? `${item.villager.name}（${item.memberName} 带来）` : item.memberName;
  return (
    <View className="row" onClick={() => void Taro.navigateTo({ url: `/admin/mediation-case/index?id=${item._id}` })}>
      <View className="row-label">
        <View>
          {who} · {item.kind}
        </View>
        <View className="muted">
          {dayOf(item.openedAt)} 登记 · 承办人 {item.handler.name ?? ''}
        </View>
      </View>
      <View className={item.state === 'closed' ? 'badge-done' : 'badge-todo'}>{item.state === 'closed' ? '已结案' : '办理中'}</View>
    </View>
  );
}
