import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { duesMethods, type DuesMethod } from '@/domain/dues/dues.constants';
import { asOptions, Chips, DateField, Field, TextField, typedNumber } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { recordDues } from './dues.api';

/**
 * Records one member's dues for one month (the money was handed over; the app records it). A
 * month recorded already is refused by the function with the member and month named.
 */
export function DuesRecordForm({ month: initialMonth, onRecorded }: { month: string; onRecorded: () => void }) {
  const [member, setMember] = useState<PickedMember | null>(null);
  const [month, setMonth] = useState(initialMonth);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<DuesMethod>('微信转账');
  const [paidOn, setPaidOn] = useState('');
  const [note, setNote] = useState('');
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      await recordDues({
        memberId: member?._id ?? '',
        month,
        amount: typedNumber(amount),
        method,
        ...(paidOn ? { paidOn } : {}),
        ...(note.trim() ? { note } : {}),
      });
      void Taro.showToast({ title: '已登记', icon: 'success' });
      setMember(null);
      setAmount('');
      setNote('');
      onRecorded();
    });

  return (
    <View>
      <MemberPicker label="党员" required value={member} onChange={setMember} error={errors.memberId} />
      <TextField label="月份" required value={month} onChange={setMonth} placeholder="如：2026-12" maxlength={7} error={errors.month} />
      <TextField label="党费金额（元）" required value={amount} onChange={setAmount} placeholder="如：12.5" error={errors.amount} />
      <Field label="交纳方式" required error={errors.method}>
        <Chips options={asOptions(duesMethods)} value={method} onChange={setMethod} />
      </Field>
      <DateField label="交纳日期（不选为今天）" value={paidOn} onChange={setPaidOn} error={errors.paidOn} />
      <TextField label="备注" value={note} onChange={setNote} maxlength={200} placeholder="可不填" error={errors.note} />
      <SubmitButton text="登记党费" busy={busy} onClick={submit} />
    </View>
  );
}
