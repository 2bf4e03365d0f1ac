import { View } from '@tarojs/components';
import type { CompletionRow } from '@/contracts';
import { percentText } from './percent-text';

interface Props {
  title: string;
  rows: CompletionRow[];
  onPick?: (row: CompletionRow) => void;
}

/** Completion per unit (branch or village group) as bars: a unit's rate, never a personal ranking. */
export function CompletionTable({ title, rows, onPick }: Props) {
  return (
    <View className="card">
      <View className="card-title">{title}</View>
      {rows.length ? (
        rows.map((r) => (
          <View key={r.unitId} className="field" onClick={() => onPick?.(r)}>
            <View className="card-title unit-name">
              {r.name}
              <View className="card-sub">
                {r.done}/{r.expected} · {percentText(r.rate)}
              </View>
            </View>
            <View className="bar">
              <View className="bar-fill" style={{ width: percentText(Math.min(1, r.rate)) }} />
            </View>
          </View>
        ))
      ) : (
        <View className="muted">没有数据</View>
      )}
    </View>
  );
}
