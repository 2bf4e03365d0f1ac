import { View } from '@tarojs/components';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { call } from '@/services/cloud';
import { campaignState } from './campaign-labels';

/**
 * Dashboard card: the latest campaigns with their state, voters and leaders. Counts come from
 * award.results, which the county reads at any time and others once published; a campaign whose
 * counts the caller may not see shows its state only. Campaigns are county-wide, so the unit
 * does not narrow them.
 */
export function AwardStatsCard(_props: { unit: DashboardUnit }) {
  const data = useRemote(async () => {
    const { items } = await call('award.list');
    return Promise.all(
      items.slice(0, 3).map(async (c) => ({ c, r: await call('award.results', { campaignId: c._id }).catch(() => null) })),
    );
  });
  if (data.data?.length === 0) return null;
  return (
    <View className="card">
      <View className="card-title">十佳 / 二十佳评选</View>
      <LoadState remote={data}>
        {(rows) => (
          <View>
            {rows.map(({ c, r }) => (
              <View key={c._id} className="field">
                <View className="item-head">
                  <View className="row-label">{c.title}</View>
                  <View className="row-value">{campaignState(c)}</View>
                </View>
                {r ? (
                  <View className="muted">
                    {r.voters} 人投票 · {r.rows.length} 名候选
                    {r.rows[0] && r.rows[0].votes > 0 ? ` · 领先：${r.rows.filter((x) => x.rank === 1).map((x) => x.name).join('、')}（${r.rows[0].votes} 票）` : ''}
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        )}
      </LoadState>
    </View>
  );
}
