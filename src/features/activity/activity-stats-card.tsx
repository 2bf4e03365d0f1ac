import { View } from '@tarojs/components';
import { activityKindList } from '@/domain/activity/activity-kinds';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { call } from '@/services/cloud';
import { YearStatsCard } from '../shared/year-stats-card';

/** 活动 on the organiser dashboard: this year's events and 参加人次 per kind, and volunteer hours. */
export function ActivityStatsCard({ unit }: { unit: DashboardUnit }) {
  return (
    <YearStatsCard title="组织活动" unit={unit} load={(q) => call('activity.stats', q)} className="activity-stats">
      {(s) => (
        <View>
          <View className="hero-sub">
            开展活动 {s.events} 场 · 参加 {s.people} 人次 · 志愿服务 {s.hours} 小时
          </View>
          {activityKindList
            .filter((k) => s.byKind[k].events || s.byKind[k].people)
            .map((k) => (
              <View key={k} className="row">
                <View className="row-label">{k}</View>
                <View className="row-value">{s.byKind[k].events} 场 · {s.byKind[k].people} 人次{s.byKind[k].hours ? ` · ${s.byKind[k].hours} 小时` : ''}</View>
              </View>
            ))}
          {s.events || s.people ? null : <View className="empty">今年暂无活动</View>}
        </View>
      )}
    </YearStatsCard>
  );
}
