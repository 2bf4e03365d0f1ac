import { useState } from 'react';
import { View } from '@tarojs/components';
import type { CaseView } from '@/contracts/care';
import { careKinds, contactPreferences, DESCRIPTION_MAX, type CareKind, type ContactPreference } from '@/domain/care/care.constants';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

interface Props {
  /** Set when an organiser files on a member's behalf. */
  memberId?: string;
  onFiled: (c: CaseView) => void;
}

/** 困难求助: the kind, what happened, and how to be reached. */
export function CareFileForm({ memberId, onFiled }: Props) {
  const [kind, setKind] = useState<CareKind>();
  const [description, setDescription] = useState('');
  const [contact, setContact] = useState<ContactPreference>();
  const { busy, errors, run } = useSubmit();
  const submit = () =>
    run(async () => {
      const filed = await call('care.file', { kind: kind as CareKind, description, ...(contact ? { contact } : {}), ...(memberId ? { memberId } : {}) });
      onFiled(filed);
    });
  return (
    <View className="card">
      <Field label="困难类型" required error={errors.kind}>
        <Chips options={asOptions(careKinds)} value={kind} onChange={setKind} />
      </Field>
      <TextAreaField label="困难描述" required value={description} onChange={setDescription} maxlength={DESCRIPTION_MAX} placeholder="请说明遇到的困难和需要的帮助" error={errors.description} />
      <Field label="希望的联系方式（选填）" error={errors.contact}>
        <Chips options={asOptions(contactPreferences)} value={contact} onChange={setContact} />
      </Field>
      <SubmitButton text="提交求助" busy={busy} onClick={submit} />
    </View>
  );
}
