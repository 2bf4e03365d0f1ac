import { View } from '@tarojs/components';
import type { RankedCandidate } from '@/contracts/award';

/** Results by votes: rank, count, elected; a tie across the last seat is flagged for the county. */
export function RankingTable({ rows, voters }: { rows: RankedCandidate[]; voters: number }) {
  return (
    <View className="card">
      <View className="card-title">
        投票结果
        <View className="card-sub">{voters} 人参与投票</View>
      </View>
      {rows.length ? (
        rows.map((r) => (
          <View key={r.candidateId} className="row">
            <View className="row-label">
              第 {r.rank} 名 {r.name}（{r.sub}）
            </View>
            <View className="row-value">
              {r.votes} 票{r.elected ? ' · 当选' : ''}
              {r.tie ? ' · 同票待定' : ''}
            </View>
          </View>
        ))
      ) : (
        <View className="muted">没有候选</View>
      )}
    </View>
  );
}
