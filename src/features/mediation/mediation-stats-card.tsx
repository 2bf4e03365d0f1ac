import { View } from '@tarojs/components';
import { mediationKinds } from '@/domain/mediation/mediation.constants';
import { yearOf } from '@/domain/shared/day.rules';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { LoadState } from '../shared/load-state';
import { useRemote } from '../shared/use-remote';
import { mediationStats } from './mediation.api';

/** 调解维权 on the organiser dashboard: this year's cases per kind, open and closed (已化解 among the closed). */
export function MediationStatsCard({ unit }: { unit: DashboardUnit }) {
  const year = yearOf(Date.now());
  const stats = useRemote(() => mediationStats({ year, ...unit }), [year, unit.branchId, unit.groupId]);
  return (
    <View className="card">
      <View className="card-title">调解维权 · {year} 年</View>
      <LoadState remote={stats}>
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
      </LoadState>
    </View>
  );
}
