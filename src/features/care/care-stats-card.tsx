import { View } from '@tarojs/components';
import { careKinds } from '@/domain/care/care.constants';
import { stateLabels } from '@/domain/care/care-labels';
import { yearOf } from '@/domain/shared/day.rules';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { LoadState } from '../shared/load-state';
import { useRemote } from '../shared/use-remote';
import { call } from '@/services/cloud';

/** 关怀帮扶 on the organiser dashboard: this year's families visited, difficulties solved, counts by kind and state. */
export function CareStatsCard({ unit }: { unit: DashboardUnit }) {
  const year = yearOf(Date.now());
  const stats = useRemote(() => call('care.stats', { year, ...unit }), [year, unit.branchId, unit.groupId]);
  return (
    <View className="card">
      <View className="card-title">关怀帮扶 · {year} 年</View>
      <LoadState remote={stats}>
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
      </LoadState>
    </View>
  );
}
