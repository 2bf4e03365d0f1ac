import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { EvalSheetView } from '@/contracts/evaluation';
import { minuteOf } from '@/domain/shared/day.rules';
import { typedNumber } from '@/features/shared/form-fields';
import { SubmitButton } from '@/features/shared/submit-button';
import { useSubmit } from '@/features/shared/use-submit';
import { call } from '@/services/cloud';

type Row = EvalSheetView['rows'][number];

/** One secretary on a reviewer's sheet: a box per criterion; saving again revises his own scores. */
export function ScoreCard({ roundId, row, criteria, open, onSaved }: { roundId: string; row: Row; criteria: EvalSheetView['round']['criteria']; open: boolean; onSaved: () => void }) {
  const [scores, setScores] = useState<string[]>(() => criteria.map((_, i) => (row.scores ? String(row.scores[i]) : '')));
  const { busy, run } = useSubmit();
  const save = () =>
    run(async () => {
      await call('eval.score', { roundId, branchId: row.branchId, scores: scores.map(typedNumber) });
      onSaved();
    });
  return (
    <View className="card">
      <View className="card-title">
        {row.branchName} · {row.secretaryName}
        <View className="card-sub">{row.own ? '本人任书记，回避' : row.at ? `已评 ${minuteOf(row.at)}` : '未评'}</View>
      </View>
      {row.own
        ? null
        : criteria.map((c, i) => (
            <View key={c.name} className="row">
              <View className="row-label">
                {c.name}（满分 {c.maxScore}，权重 {c.weight}）
              </View>
              <Input
                className="field-input"
                type="digit"
                value={scores[i]}
                placeholder={`${c.name}得分`}
                disabled={!open}
                onInput={(e) => setScores(scores.map((s, k) => (k === i ? e.detail.value : s)))}
              />
            </View>
          ))}
      {!row.own && open ? <SubmitButton text={row.scores ? '修改评分' : '提交评分'} busy={busy} onClick={() => void save()} /> : null}
    </View>
  );
}
