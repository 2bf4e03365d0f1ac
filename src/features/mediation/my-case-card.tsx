import { View } from '@tarojs/components';
import type { MyMediationCase } from '@/contracts/mediation';
import { outcomeLabels } from '@/domain/mediation/mediation.constants';
import { dayOf, minuteOf } from '@/domain/shared/day.rules';
import { Row } from '../shared/row';

/** One case as the member it concerns reads it: what, for whom, who handles it, what was done and how it ended. */
export function MyCaseCard({ item }: { item: MyMediationCase }) {
  const state = item.state === 'closed' ? `已结案 · ${item.outcome ? outcomeLabels[item.outcome] : ''}` : '办理中';
  return (
    <View className="card">
      <View className="card-title">
        {item.kind}
        <View className={item.state === 'closed' ? 'badge-done' : 'badge-todo'}>{state}</View>
      </View>
      <Row label="当事人" value={item.villagerName ? `${item.villagerName}（你带来的老乡）` : '本人'} />
      <Row label="承办人" value={item.handlerName ?? '组织者'} />
      <Row label="登记日期" value={dayOf(item.openedAt)} />
      <View className="mt-16" style={{ whiteSpace: 'pre-wrap' }}>{item.description}</View>
      <View className="card-title mt-16">调解经过</View>
      {item.steps.length ? (
        item.steps.map((s, i) => (
          <View key={i} className="row">
            <View className="row-label">
              <View>{s.note}</View>
              <View className="muted">
                {minuteOf(s.at)} · {s.byName ?? '组织者'}
                {s.outcome ? ` · 结案：${outcomeLabels[s.outcome]}` : ''}
              </View>
            </View>
          </View>
        ))
      ) : (
        <View className="empty">承办人还没有记录经过</View>
      )}
    </View>
  );
}
