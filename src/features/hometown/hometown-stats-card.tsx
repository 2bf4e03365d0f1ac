import { View } from '@tarojs/components';
import { suggestionStatusLabels } from '@/domain/hometown/suggestion.rules';
import { suggestionStatuses } from '@/domain/hometown/suggestion.constants';
import { call } from '@/services/cloud';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { LoadState } from '../shared/load-state';
import { useRemote } from '../shared/use-remote';
import { PipelineTotalsView } from './pipeline-totals';

/** 反哺家乡 on the organiser dashboard: suggestions by status, the project pipeline, stations, jobs on offer. */
export function HometownStatsCard({ unit }: { unit: DashboardUnit }) {
  const stats = useRemote(() => call('hometown.stats', { ...unit }), [unit.branchId, unit.groupId]);
  return (
    <View className="card">
      <View className="card-title">反哺家乡</View>
      <LoadState remote={stats}>
        {(s) => (
          <View>
            <View className="row">
              <View className="row-label">家乡建议</View>
              <View className="row-value">{suggestionStatuses.map((k) => `${suggestionStatusLabels[k]} ${s.suggestions[k]}`).join(' · ')}</View>
            </View>
            <View className="row">
              <View className="row-label">人才工作站</View>
              <View className="row-value">{s.stations} 个</View>
            </View>
            <View className="row">
              <View className="row-label">在招岗位信息</View>
              <View className="row-value">{s.activeJobs} 条</View>
            </View>
            {s.pipeline ? (
              <View>
                <View className="nav-section-title">回乡创业/投资项目</View>
                <PipelineTotalsView totals={s.pipeline} />
              </View>
            ) : null}
          </View>
        )}
      </LoadState>
    </View>
  );
}
