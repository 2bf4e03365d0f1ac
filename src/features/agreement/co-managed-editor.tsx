import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import type { AgreementSummary } from '@/contracts/agreement';
import { agreedFieldLabels } from '@/domain/agreement/agreement.schema';
import { inflowEditableFields } from '@/domain/agreement/co-manage.rules';
import { call } from '@/services/cloud';
import { ContactForm } from '../shared/contact-form';
import { TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

type Editable = (typeof inflowEditableFields)[number];

/** The inflow side keeps a covered member's agreed fields current and logs contacts (activities) when agreed. */
export function CoManagedEditor({ member, agreement, onDone }: { member: MemberView; agreement: AgreementSummary; onDone: () => void }) {
  const editable = inflowEditableFields.filter((f) => agreement.fields.includes(f));
  const [values, setValues] = useState<Partial<Record<Editable, string>>>(() => Object.fromEntries(editable.map((f) => [f, member[f] ?? ''])));
  const { busy, errors, run } = useSubmit();
  const changes = Object.fromEntries(editable.filter((f) => (values[f] ?? '') !== (member[f] ?? '')).map((f) => [f, values[f]]));
  const save = () =>
    run(async () => {
      await call('member.update', { memberId: member._id, changes });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onDone();
    });
  return (
    <View>
      {editable.length ? (
        <View className="card">
          <View className="card-title">{member.name} · 共管信息</View>
          {editable.map((f) => (
            <TextField key={f} label={agreedFieldLabels[f]} value={values[f]} onChange={(v) => setValues({ ...values, [f]: v })} error={errors[`changes.${f}`]} />
          ))}
          <SubmitButton text="保存" busy={busy} onClick={save} />
        </View>
      ) : null}
      {agreement.fields.includes('contacts') ? <ContactForm memberId={member._id} memberName={member.name} onDone={onDone} /> : null}
    </View>
  );
}
