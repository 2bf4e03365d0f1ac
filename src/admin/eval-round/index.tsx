import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ResultsTable } from '@/features/evaluation/results-table';
import { roundPeriod } from '@/features/evaluation/round-labels';
import { TierTally } from '@/features/evaluation/tier-tally';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';
import { closeRound, roundResults } from '@/features/evaluation/evaluation.api';

/** The county's view of one round: who has been scored and by whom while open; close; then every result. */
export default function EvalRoundPage() {
  const roundId = useRouter().params.id ?? '';
  const data = useRemote(() => roundResults({ roundId }), [roundId]);
  const { busy, run } = useSubmit();
  const close = () =>
    run(async () => {
      const { confirm } = await Taro.showModal({ title: '结束评议', content: '结束后按分数线定档并公布给各书记，分数不能再修改。确定结束？' });
      if (!confirm) return;
      await closeRound({ roundId });
      await data.reload();
    });
  return (
    <View className="page">
      <LoadState remote={data}>
        {(r) => (
          <View>
            <View className="card">
              <View className="card-title">
                {r.round.title}
                <View className="card-sub">{roundPeriod(r.round)}</View>
              </View>
              <View className="muted">{r.round.tiers.map((t) => `${t.name} ≥${t.minScore} 分 ¥${t.amount}`).join('；')}</View>
            </View>
            {r.progress ? (
              <View>
                <View className="card">
                  <View className="card-title">各书记已收评分</View>
                  {r.progress.evaluees.map((e) => (
                    <View key={e.branchId} className="row">
                      <View className="row-label">{e.branchName} · {e.secretaryName}</View>
                      <View className="row-value">{e.sheets} 份</View>
                    </View>
                  ))}
                </View>
                <View className="card">
                  <View className="card-title">各评委已评</View>
                  {r.progress.reviewers.map((v) => (
                    <View key={v.openid} className="row">
                      <View className="row-label">{v.name ?? v.openid}</View>
                      <View className="row-value">{v.sheets} 人</View>
                    </View>
                  ))}
                </View>
                <SubmitButton text="结束评议并定档" busy={busy} onClick={() => void close()} />
              </View>
            ) : (
              <View className="card">
                <View className="card-title">评议结果</View>
                <TierTally results={r.results ?? []} />
                <ResultsTable results={r.results ?? []} criteria={r.round.criteria} />
              </View>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
