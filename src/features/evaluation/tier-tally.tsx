import { View } from '@tarojs/components';
import { tallyTiers, tierNames } from '@/domain/evaluation/tier.rules';
import type { EvalResult } from '@/domain/evaluation/evaluation.schema';

/** 一档/二档/三档 counts and the 补助 total of a closed round, on one line. */
export function TierTally({ results }: { results: EvalResult[] }) {
  const t = tallyTiers(results);
  const parts = tierNames.map((n) => `${n} ${t.counts[n]} 人`);
  if (t.unscored) parts.push(`未评分 ${t.unscored} 人`);
  return (
    <View className="muted">
      {parts.join(' · ')} · 补助合计 ¥{t.totalAmount}
    </View>
  );
}
