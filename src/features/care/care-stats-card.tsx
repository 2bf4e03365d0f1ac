import { View } from '@tarojs/components';
import { careKinds } from '@/domain/care/care.constants';
import { stateLabels } from '@/domain/care/care-labels';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { YearStatsCard } from '../shared/year-stats-card';
import { call } from '@/services/cloud';

/** 关怀帮扶 on the organiser dashboard: this year's families visited, difficulties solved, counts by kind and state. */
export function CareStatsCard({ unit }: { unit: DashboardUnit }) {
  return (
    <YearStatsCard title="关怀帮扶" unit={unit} load={(q) => call('care.stats', q)}>
      {(s) => (
        <View>
          <View className="hero-sub">
            走访家庭 {s.families} 户 · 走访 {s.visits} 次 · 解决困难 {s.resolved} 件 · 慰问金 {s.amount} 元
          </View>
          <View className="row">
            <View className="row-label">求助 {s.filed} 件</View>
            <View className="row-value">{careKinds.filter((k) => s.byKind[k]).map((k) => `${k} ${s.byKind[k]}`).join(' · ') || '暂无'}</View>
          </View>
          <View className="row">
            <View className="row-label">办理情况</View>
            <View className="row-value">{(Object.keys(stateLabels) as (keyof typeof stateLabels)[]).map((k) => `${stateLabels[k]} ${s.byState[k]}`).join(' · ')}</View>
          </View>
        </View>
      )}
    </YearStatsCard>
  );
}
