import { Text, View } from '@tarojs/components';
import type { MemberChange } from '@/domain/member/member.schema';
import { memberFieldLabels } from '@/domain/member/member-labels';
import { minuteOf } from '@/domain/shared/day.rules';

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '空' : Array.isArray(v) ? v.join('、') || '空' : String(v));

/** Who changed what, when: the audit trail of one record, newest first. */
export function ChangeHistory({ history }: { history: Omit<MemberChange, 'byOpenid'>[] }) {
  if (!history.length) return <View className="muted">暂无修改记录</View>;
  return (
    <View>
      {history.map((h) => (
        <View key={h._id} className="history-item">
          <View className="muted">
            {minuteOf(h.at)} · {h.byName}
          </View>
          {h.note ? <View>{h.note}</View> : null}
          {h.changes.map((c) => (
            <View key={c.field}>
              <Text>{memberFieldLabels[c.field] ?? c.field}：</Text>
              <Text className="muted">{shown(c.from)}</Text>
              <Text> → {shown(c.to)}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
