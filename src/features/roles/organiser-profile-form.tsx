import { useState } from 'react';
import { View } from '@tarojs/components';
import type { OrganiserProfile } from '@/domain/roles/roles.schema';
import { TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';

/** 组织者资料: what an organiser who is not a member tells about himself (姓名、手机号、单位/职务). */
export function OrganiserProfileForm({ initial, errors, busy, submitText, onSubmit }: {
  initial?: Partial<OrganiserProfile>;
  errors: Record<string, string>;
  busy: boolean;
  submitText: string;
  onSubmit: (p: OrganiserProfile) => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const err = (k: string) => errors[k] ?? errors[`profile.${k}`];
  return (
    <View>
      <TextField label="姓名" required value={name} onChange={setName} error={err('name')} maxlength={32} />
      <TextField label="手机号" required type="number" value={phone} onChange={setPhone} error={err('phone')} maxlength={11} />
      <TextField label="单位/职务" value={title} onChange={setTitle} placeholder="如：县委组织部组织科、汤山镇驻村干部" error={err('title')} />
      <SubmitButton text={submitText} busy={busy} onClick={() => onSubmit({ name: name.trim(), phone: phone.trim(), ...(title.trim() ? { title: title.trim() } : {}) })} />
    </View>
  );
}
