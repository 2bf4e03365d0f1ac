import { View } from '@tarojs/components';
import { ResultRow } from '@/features/evaluation/results-table';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { myEvaluation } from '@/features/evaluation/evaluation.api';

/** A secretary's own evaluations: pending while open; his score, tier, 补助 and per-criterion means once closed. */
export default function EvalMinePage() {
  const mine = useRemote(myEvaluation);
  return (
    <View className="page">
      <LoadState remote={mine}>
        {({ items }) =>
          items.length ? (
            <View>
              {items.map(({ round, results }) => (
                <View key={round._id} className="card">
                  <View className="card-title">{round.title}</View>
                  {results ? (
                    results.map((r) => <ResultRow key={r.branchId} result={r} criteria={round.criteria} />)
                  ) : (
                    <View className="muted">评议进行中（{round.startDay} 至 {round.endDay}），结束后公布结果</View>
                  )}
                </View>
              ))}
            </View>
          ) : (
            <View className="empty">暂无您的述职评议</View>
          )
        }
      </LoadState>
    </View>
  );
}
