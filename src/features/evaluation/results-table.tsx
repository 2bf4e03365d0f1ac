import { View } from '@tarojs/components';
import type { Criterion } from '@/domain/evaluation/tier.rules';
import type { EvalResult } from '@/domain/evaluation/evaluation.schema';

/** The function withheld the means (a single sheet's breakdown names its reviewer's scores: ownResultView). */
const breakdownHidden = (r: EvalResult) => r.sheets > 0 && r.means.every((m) => m === null);

/** Per secretary: weighted score, tier and 党费补助, and the mean per criterion. */
export function ResultRow({ result, criteria }: { result: EvalResult; criteria: Criterion[] }) {
  return (
    <View className="field">
      <View className="item-head">
        <View className="row-label">
          {result.branchName} · {result.secretaryName}
        </View>
        <View className="row-value">{result.score === null ? '未评分' : `${result.score} 分 · ${result.tier} · ¥${result.amount}`}</View>
      </View>
      <View className="muted">
        {breakdownHidden(result)
          ? `分项得分不显示（仅 ${result.sheets} 位评委，分项即其个人评分）`
          : `${criteria.map((c, i) => `${c.name} ${result.means[i] ?? '—'}/${c.maxScore}`).join('；')}（${result.sheets} 位评委）`}
      </View>
    </View>
  );
}

export function ResultsTable({ results, criteria }: { results: EvalResult[]; criteria: Criterion[] }) {
  return results.length ? (
    <View>
      {results.map((r) => (
        <ResultRow key={r.branchId} result={r} criteria={criteria} />
      ))}
    </View>
  ) : (
    <View className="muted">没有结果</View>
  );
}
