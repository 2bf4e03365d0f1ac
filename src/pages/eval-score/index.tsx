import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ScoreCard } from '@/features/evaluation/score-card';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { scoreSheet } from '@/features/evaluation/evaluation.api';

/** A reviewer's score sheet: each secretary of the round, scored (and revised) one at a time. */
export default function EvalScorePage() {
  const roundId = useRouter().params.id ?? '';
  const sheet = useRemote(() => scoreSheet({ roundId }), [roundId]);
  return (
    <View className="page">
      <LoadState remote={sheet}>
        {(s) => (
          <View>
            <View className="card">
              <View className="card-title">
                {s.round.title}
                <View className="card-sub">{s.open ? `评分截至 ${s.round.endDay}` : s.round.status === 'closed' ? '评议已结束' : `评分时间 ${s.round.startDay} 至 ${s.round.endDay}`}</View>
              </View>
              <View className="muted">
                已评 {s.rows.filter((r) => r.scores).length}/{s.rows.filter((r) => !r.own).length} 人。分数可为整数或半分，结束前可修改。
              </View>
            </View>
            {s.rows.map((row) => (
              <ScoreCard key={`${row.branchId}-${row.at ?? 0}`} roundId={s.round._id} row={row} criteria={s.round.criteria} open={s.open} onSaved={() => void sheet.reload()} />
            ))}
          </View>
        )}
      </LoadState>
    </View>
  );
}
