import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { EvalOpenRoundInput } from '@/domain/evaluation/evaluation.schema';
import { tierNames, WEIGHT_TOTAL } from '@/domain/evaluation/tier.rules';
import { dayOf, yearOf } from '@/domain/shared/day.rules';
import { DateField, Field, TextField, typedNumber } from '@/features/shared/form-fields';
import { SubmitButton } from '@/features/shared/submit-button';
import { useSubmit } from '@/features/shared/use-submit';
import { call } from '@/services/cloud';
import { ReviewerPicker, type Reviewer } from './reviewer-picker';

type Row = { name: string; weight: string; maxScore: string };

const starterCriteria: Row[] = [
  { name: '抓党建', weight: '40', maxScore: '10' },
  { name: '管党员', weight: '30', maxScore: '10' },
  { name: '促发展', weight: '30', maxScore: '10' },
];
const starterTiers = [
  { minScore: '90', amount: '3000' },
  { minScore: '75', amount: '2000' },
  { minScore: '0', amount: '1000' },
];

/**
 * The county opens the year's round: window, criteria (weights add to 100), bands and amounts,
 * reviewers picked by name. `me`: the organiser opening it, its first reviewer until he removes himself.
 */
export function RoundForm({ me, onDone }: { me: Reviewer; onDone: () => void }) {
  const now = Date.now();
  const [year, setYear] = useState(String(yearOf(now)));
  const [startDay, setStartDay] = useState(dayOf(now));
  const [endDay, setEndDay] = useState<string>();
  const [criteria, setCriteria] = useState(starterCriteria);
  const [tiers, setTiers] = useState(starterTiers);
  const [reviewers, setReviewers] = useState<Reviewer[]>([me]);
  const { busy, errors, run } = useSubmit();

  const setRow = (i: number, patch: Partial<Row>) => setCriteria(criteria.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const setTier = (i: number, patch: Partial<(typeof starterTiers)[number]>) => setTiers(tiers.map((t, k) => (k === i ? { ...t, ...patch } : t)));
  const weightSum = criteria.reduce((s, r) => s + (Number(r.weight) || 0), 0);

  const submit = () =>
    run(async () => {
      const input: EvalOpenRoundInput = {
        year: typedNumber(year),
        startDay,
        endDay: endDay ?? '',
        criteria: criteria.map((r) => ({ name: r.name, weight: typedNumber(r.weight), maxScore: typedNumber(r.maxScore) })),
        tiers: tierNames.map((name, i) => ({ name, minScore: i === tierNames.length - 1 ? 0 : typedNumber(tiers[i].minScore), amount: typedNumber(tiers[i].amount) })),
        reviewerOpenids: reviewers.map((r) => r.openid),
      };
      await call('eval.openRound', input);
      onDone();
    });

  return (
    <View>
      <TextField label="年度" required type="number" value={year} onChange={setYear} error={errors.year} />
      <DateField label="评分开始日期" required value={startDay} onChange={setStartDay} error={errors.startDay} />
      <DateField label="评分结束日期" required value={endDay} onChange={setEndDay} error={errors.endDay} />
      <Field label={`评议项目：名称 · 权重 · 满分（权重合计 ${weightSum}/${WEIGHT_TOTAL}）`} required error={errors.criteria}>
        {criteria.map((r, i) => (
          <View key={i} className="row">
            <Input className="field-input" value={r.name} placeholder="项目名称" onInput={(e) => setRow(i, { name: e.detail.value })} />
            <Input className="field-input" type="number" value={r.weight} placeholder="权重" onInput={(e) => setRow(i, { weight: e.detail.value })} />
            <Input className="field-input" type="number" value={r.maxScore} placeholder="满分" onInput={(e) => setRow(i, { maxScore: e.detail.value })} />
            {criteria.length > 1 ? <View className="btn-small btn-plain" onClick={() => setCriteria(criteria.filter((_, k) => k !== i))}>删除</View> : null}
          </View>
        ))}
        {criteria.length < 10 ? <View className="btn-small btn-plain" onClick={() => setCriteria([...criteria, { name: '', weight: '', maxScore: '10' }])}>+ 评议项目</View> : null}
      </Field>
      <Field label="档次：分数线 · 党费补助（元）" required error={errors.tiers}>
        {tierNames.map((name, i) => (
          <View key={name} className="row">
            <View className="row-label">{name}</View>
            {i < tierNames.length - 1 ? (
              <Input className="field-input" type="number" value={tiers[i].minScore} placeholder={`${name}分数线`} onInput={(e) => setTier(i, { minScore: e.detail.value })} />
            ) : (
              <View className="field-input muted">低于二档</View>
            )}
            <Input className="field-input" type="number" value={tiers[i].amount} placeholder={`${name}补助金额`} onInput={(e) => setTier(i, { amount: e.detail.value })} />
          </View>
        ))}
      </Field>
      <ReviewerPicker value={reviewers} onChange={setReviewers} error={errors.reviewerOpenids} />
      <SubmitButton text="发起评议" busy={busy} onClick={() => void submit()} />
    </View>
  );
}
