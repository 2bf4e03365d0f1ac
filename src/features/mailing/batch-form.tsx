import { useState } from 'react';
import { View } from '@tarojs/components';
import type { MailBatchView } from '@/contracts/mailing';
import { BATCH_RECIPIENTS_MAX } from '@/domain/mailing/mailing.constants';
import { Field, TextField } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { createMailing } from './mailing.api';

/** A dispatch batch: what is posted and to whom (members found in the organiser's own ledger; a tap removes one). */
export function BatchForm({ onCreated }: { onCreated: (b: MailBatchView) => void }) {
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [to, setTo] = useState<PickedMember[]>([]);
  const { busy, errors, run } = useSubmit(undefined, { title, note });
  const submit = () =>
    run(async () => {
      const batch = await createMailing({ title, ...(note.trim() ? { note } : {}), memberIds: to.map((m) => m._id) });
      setTitle('');
      setNote('');
      setTo([]);
      onCreated(batch);
    });
  return (
    <View>
      <TextField label="寄送内容" required value={title} onChange={setTitle} maxlength={60} placeholder="如：《党章》学习读本" error={errors.title} />
      <TextField label="备注（选填）" value={note} onChange={setNote} maxlength={200} placeholder="如：快递公司、寄出日期" error={errors.note} />
      <MemberPicker label={`收件党员（已选 ${to.length} 人，每批最多 ${BATCH_RECIPIENTS_MAX} 人）`} required error={errors.memberIds} value={null} onChange={(m) => setTo((prev) => (prev.some((p) => p._id === m._id) ? prev : [...prev, m]))} />
      <Field label="已选">
        <View>
          {to.map((m) => (
            <View key={m._id} className="tag" onClick={() => setTo(to.filter((x) => x._id !== m._id))}>
              {m.name} ✕
            </View>
          ))}
        </View>
      </Field>
      <SubmitButton text="登记寄送" busy={busy} onClick={submit} />
    </View>
  );
}
