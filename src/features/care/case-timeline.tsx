import { View } from '@tarojs/components';
import type { CaseStep } from '@/domain/care/care.schema';
import { stateLabels } from '@/domain/care/care-labels';
import { minuteOf } from '@/domain/shared/day.rules';

const what = (s: CaseStep): string =>
  s.action === 'file' ? '提交求助' : s.action === 'assign' ? `指派给 ${s.assignee?.name ?? '负责人'}` : stateLabels[s.state];

/** A case's progress, oldest step first: who did what, when, and his note. */
export function CaseTimeline({ steps }: { steps: CaseStep[] }) {
  return (
    <View className="card">
      <View className="card-title">办理进度</View>
      {steps.map((s, i) => (
        <View key={i} className="history-item">
          <View>
            <View className="tag">{what(s)}</View>
            <View className="muted" style={{ display: 'inline' }}>{minuteOf(s.at)} · {s.by.name ?? '工作人员'}</View>
          </View>
          {s.note ? <View className="mt-8">{s.note}</View> : null}
        </View>
      ))}
    </View>
  );
}
