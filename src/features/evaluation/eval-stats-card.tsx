import { View } from '@tarojs/components';
import type { DashboardUnit } from '@/domain/stats/stats.schema';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { call } from '@/services/cloud';
import { ResultRow } from './results-table';
import { TierTally } from './tier-tally';

/**
 * Dashboard card: the latest 述职评议 round — sheets in while open; tiers and 补助 once closed
 * (for a branch, its own secretary's result). Only the county reads results: for others, and
 * before any round, the card is not shown.
 */
export function EvalStatsCard({ unit }: { unit: DashboardUnit }) {
  // The round and its results are the caller's whatever unit is picked: the unit only chooses
  // what is shown of them, so picking another unit needs no refetch.
  const data = useRemote(async () => {
    const { items } = await call('eval.rounds');
    const latest = items.find((r) => r.canManage);
    return latest ? call('eval.results', { roundId: latest._id }) : null;
  });
  if (data.data === null && !data.loading && !data.error) return null;
  return (
    <View className="card">
      <View className="card-title">述职评议</View>
      <LoadState remote={data}>
        {(r) => {
          if (!r) return null;
          const head = `${r.round.title}（${r.round.status === 'open' ? '评分中' : '已结束'}）`;
          if (r.progress) {
            const done = r.progress.evaluees.filter((e) => e.sheets > 0).length;
            return <View className="muted">{head} · 已有评分的书记 {done}/{r.progress.evaluees.length}</View>;
          }
          const results = r.results ?? [];
          const own = unit.branchId ? results.find((x) => x.branchId === unit.branchId) : undefined;
          return (
            <View>
              <View className="muted">{head}</View>
              {unit.branchId ? own ? <ResultRow result={own} criteria={r.round.criteria} /> : <View className="muted">本支部不在评议名单中</View> : <TierTally results={results} />}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
