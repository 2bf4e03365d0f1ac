import { useState } from 'react';
import { View } from '@tarojs/components';
import { awardKindLabels, awardKinds, defaultSeats, type AwardKind } from '@/domain/award/award.constants';
import { yearOf } from '@/domain/shared/day.rules';
import { asOptions, Chips, DateField, TextField, typedNumber } from '@/features/shared/form-fields';
import { SubmitButton } from '@/features/shared/submit-button';
import { useSubmit } from '@/features/shared/use-submit';
import { call } from '@/services/cloud';

/** The county opens a 评选: kind, seats, votes per member and the voting window. */
export function CampaignForm({ onDone }: { onDone: () => void }) {
  const year = yearOf(Date.now());
  const [kind, setKind] = useState<AwardKind>('branch');
  const [title, setTitle] = useState('');
  const [seats, setSeats] = useState('');
  const [votes, setVotes] = useState('');
  const [start, setStart] = useState<string>();
  const [end, setEnd] = useState<string>();
  const { busy, errors, run } = useSubmit();
  const submit = () =>
    run(async () => {
      await call('award.open', {
        kind,
        title: title || `${year} 年度${awardKindLabels[kind]}评选`,
        year,
        ...(seats ? { seats: typedNumber(seats) } : {}),
        votesPerVoter: typedNumber(votes),
        voteStartDay: start ?? '',
        voteEndDay: end ?? '',
      });
      onDone();
    });
  return (
    <View>
      <Chips options={asOptions(awardKinds, awardKindLabels)} value={kind} onChange={setKind} />
      <TextField label="评选名称" value={title} onChange={setTitle} placeholder={`${year} 年度${awardKindLabels[kind]}评选`} error={errors.title} />
      <TextField label="评选名额" type="number" value={seats} onChange={setSeats} placeholder={`默认 ${defaultSeats[kind]} 名`} error={errors.seats} />
      <TextField label="每人票数" required type="number" value={votes} onChange={setVotes} placeholder="每位党员可投几票" error={errors.votesPerVoter} />
      <DateField label="投票开始日期" required value={start} onChange={setStart} error={errors.voteStartDay} />
      <DateField label="投票结束日期" required value={end} onChange={setEnd} error={errors.voteEndDay} />
      <View className="muted">投票开始前为推荐阶段：支部书记、村干部和组织部在各自范围内推荐候选。</View>
      <SubmitButton text="发起评选" busy={busy} onClick={() => void submit()} />
    </View>
  );
}
