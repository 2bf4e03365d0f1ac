import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import type { Visit } from '@/domain/care/care.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { DateField, Field, splitList, TextAreaField, TextField } from '../shared/form-fields';
import { MemberPicker } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { rewordField, useSubmit } from '../shared/use-submit';

/** 走访慰问: the family, the day, who went, what was given or solved, and the money if any. */
export function VisitForm({ onLogged }: { onLogged: (v: Visit) => void }) {
  const [member, setMember] = useState<MemberView | null>(null);
  const [day, setDay] = useState(() => dayOf(Date.now()));
  const [visitors, setVisitors] = useState('');
  const [given, setGiven] = useState('');
  const [amount, setAmount] = useState('');
  const { busy, errors, run } = useSubmit(rewordField('memberId', '请选择走访的党员家庭'));
  const submit = () =>
    run(async () => {
      const n = Number(amount);
      const { visit } = await call('visit.log', {
        memberId: member?._id ?? '',
        day,
        visitors: splitList(visitors),
        given,
        ...(amount.trim() ? { amount: Number.isFinite(n) ? n : -1 } : {}),
      });
      setMember(null);
      setVisitors('');
      setGiven('');
      setAmount('');
      onLogged(visit);
    });
  return (
    <View className="card">
      <View className="card-title">登记走访</View>
      <MemberPicker label="走访家庭（党员）" required value={member} onChange={setMember} error={errors.memberId} />
      <DateField label="走访日期" required value={day} onChange={setDay} error={errors.day} />
      <TextField label="走访人" required value={visitors} onChange={setVisitors} placeholder="多人用顿号或逗号分隔" error={errors.visitors ?? errors['visitors.0']} />
      <TextAreaField label="慰问物品 / 解决的事项" required value={given} onChange={setGiven} maxlength={500} placeholder="如：米、油各一份；协调孩子入学" error={errors.given} />
      <Field label="慰问金（元，选填）" error={errors.amount}>
        <Input className="field-input" type="digit" value={amount} placeholder="如：500" onInput={(e) => setAmount(e.detail.value)} />
      </Field>
      <SubmitButton text="保存走访记录" busy={busy} onClick={submit} />
    </View>
  );
}
