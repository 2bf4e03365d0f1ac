import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionOutput, JoinPreview } from '@/contracts';
import { call } from '@/services/cloud';
import { Field, TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { VillagePicker } from './village-picker';

interface Props {
  scene: string;
  preview: JoinPreview;
  onRequested: (result: ActionOutput<'transfer.request'>) => void;
}

/**
 * A member of another branch who scanned this branch's code: he may ask to move here (申请转入).
 * His home village stays unless he picks another; the receiving secretary decides.
 */
export function TransferOffer({ scene, preview, onRequested }: Props) {
  const [groupId, setGroupId] = useState<string>();
  const [note, setNote] = useState('');
  const { busy, errors, run } = useSubmit();
  const submit = () =>
    run(async () => {
      onRequested(await call('transfer.request', { scene, ...(groupId ? { groupId } : {}), ...(note.trim() ? { note: note.trim() } : {}) }));
    });
  return (
    <View className="card">
      <View className="card-title">申请转入{preview.branch.name}</View>
      <View className="muted">你已是其他支部的党员。到新的城市务工，可申请把组织关系转入本支部，由{preview.branch.name}书记审核，原支部会看到这项申请。</View>
      <Field label="所在村（不变可不选）" error={errors.groupId}>
        <VillagePicker groups={preview.groups} value={groupId} onChange={setGroupId} />
      </Field>
      <TextAreaField label="说明" value={note} onChange={setNote} placeholder="如：已到杭州务工" maxlength={200} error={errors.note} />
      <SubmitButton text={`申请转入${preview.branch.name}`} busy={busy} onClick={submit} />
    </View>
  );
}
