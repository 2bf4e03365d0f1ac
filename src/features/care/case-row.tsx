import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CaseView } from '@/contracts/care';
import { stateLabels } from '@/domain/care/care-labels';
import { isClosed } from '@/domain/care/case.rules';
import { dayOf } from '@/domain/shared/day.rules';

/** One case in a list; a tap opens it. `showMember` for organisers' queues. */
export function CaseRow({ item, showMember }: { item: Omit<CaseView, 'timeline'>; showMember?: boolean }) {
  return (
    <View className="row" onClick={() => void Taro.navigateTo({ url: `/pages/care-case/index?id=${item._id}` })}>
      <View className="row-label">
        <View>{showMember ? `${item.memberName} · ${item.kind}` : item.kind}</View>
        <View className="muted">{dayOf(item.filedAt)} 提交{item.assignee ? ` · 负责人 ${item.assignee.name ?? ''}` : ''}</View>
      </View>
      <View className={isClosed(item.state) ? 'badge-done' : 'badge-todo'}>{stateLabels[item.state]}</View>
    </View>
  );
}
