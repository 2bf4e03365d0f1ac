import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { yearOf } from '@/domain/shared/day.rules';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { LoadState } from './load-state';
import { useRemote } from './use-remote';

/**
 * A dashboard card of this year's figures for the unit the dashboard shows (the county, a branch or
 * a village): "<title> · <year> 年", loaded again when the unit changes.
 */
export function YearStatsCard<T>({ title, unit, load, className, children }: {
  title: string;
  unit: DashboardUnit;
  load: (query: { year: number } & DashboardUnit) => Promise<T>;
  className?: string;
  children: (stats: T) => ReactNode;
}) {
  const year = yearOf(Date.now());
  const stats = useRemote(() => load({ year, ...unit }), [year, unit.branchId, unit.groupId]);
  return (
    <View className={className ? `card ${className}` : 'card'}>
      <View className="card-title">
        {title} · {year} 年
      </View>
      <LoadState remote={stats}>{children}</LoadState>
    </View>
  );
}
