import { Text, View } from '@tarojs/components';
import type { ThemedayDeliveryView } from '@/contracts';

const stageLabels = { before: '提前提醒', dayOf: '当天提醒' } as const;
const stateLabels = { sent: '已送达', no_consent: '未订阅', refused: '已拒收', failed: '发送失败', pending: '发送中' } as const;

/** Who the reminders reached, who they could not (to follow up in the chat group), and a running fan-out's progress. */
export function DeliveryView({ delivery }: { delivery: ThemedayDeliveryView }) {
  return (
    <View>
      {delivery.stages.map((s) => (
        <View key={s.stage} className="field">
          <View className="card-title unit-name">
            {stageLabels[s.stage]}
            <View className="card-sub">{s.started ? (s.finished ? '已完成' : `进行中 ${s.processed}/${s.expected}`) : '未开始'}</View>
          </View>
          <View className="bar">
            <View className="bar-fill" style={{ width: `${s.expected ? Math.min(100, Math.round((s.processed / s.expected) * 100)) : 0}%` }} />
          </View>
          <View className="muted">
            {(Object.keys(stateLabels) as (keyof typeof stateLabels)[])
              .filter((k) => s.counts[k])
              .map((k) => `${stateLabels[k]} ${s.counts[k]}`)
              .join(' · ') || '暂无记录'}
          </View>
        </View>
      ))}
      {delivery.notReached.length ? (
        <View>
          <View className="field-label mt-16">未能提醒（请在群里通知）</View>
          {delivery.notReached.map((m) => (
            <View key={`${m.memberId}_${m.stage}`} className="row">
              <Text>{m.name}</Text>
              <Text className="muted">{stateLabels[m.state]} · {m.phone}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
