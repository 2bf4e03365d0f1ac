import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { TextField } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { voidDues } from './dues.api';

/** Withdraws a record made in error (the member's history keeps what and why), so the month can be recorded again. */
export function DuesVoidForm({ onVoided }: { onVoided: () => void }) {
  const [member, setMember] = useState<PickedMember | null>(null);
  const [month, setMonth] = useState('');
  const [reason, setReason] = useState('');
  const { busy, errors, run } = useSubmit();
  const submit = () =>
    run(async () => {
      await voidDues({ memberId: member?._id ?? '', month, reason });
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      setMember(null);
      setReason('');
      onVoided();
    });
  return (
    <View>
      <MemberPicker label="党员" required value={member} onChange={setMember} error={errors.memberId} />
      <TextField label="月份" required value={month} onChange={setMonth} placeholder="要撤销的月份，如：2026-11" maxlength={7} error={errors.month} />
      <TextField label="撤销原因" required value={reason} onChange={setReason} maxlength={100} placeholder="如：金额录错" error={errors.reason} />
      <SubmitButton text="撤销登记" plain busy={busy} onClick={submit} />
    </View>
  );
}
