import { View } from '@tarojs/components';
import { mediationKinds } from '@/domain/mediation/mediation.constants';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { YearStatsCard } from '../shared/year-stats-card';
import { mediationStats } from './mediation.api';

/** 调解维权 on the organiser dashboard: this year's cases per kind, open and closed (已化解 among the closed). */
export function MediationStatsCard({ unit }: { unit: DashboardUnit }) {
  return (
    <YearStatsCard title="调解维权" unit={unit} load={mediationStats}>
      {(s) => (
        <View>
          <View className="hero-sub">
            办理中 {s.open} 件 · 已结案 {s.closed} 件
          </View>
          {mediationKinds.map((k) => (
            <View key={k} className="row">
              <View className="row-label">{k}</View>
              <View className="row-value">
                办理中 {s.byKind[k].open} · 已结案 {s.byKind[k].closed}（化解 {s.byKind[k].resolved}）
              </View>
            </View>
          ))}
        </View>
      )}
    </YearStatsCard>
  );
}
