import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { StationView } from '@/contracts/hometown';
import type { StationSaveInput } from '@/domain/hometown/station.schema';
import { call } from '@/services/cloud';
import { Chips, Field, TextField } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { rewordField, useSubmit } from '../shared/use-submit';

type HeadKind = 'member' | 'person';

/**
 * The county's form for a talent station: new, or `editing` an existing one. A named head's phone
 * is retyped on edit (the list may show it masked, and a masked number is never sent back).
 */
export function StationForm({ editing, onSaved }: { editing: StationView | null; onSaved: () => void }) {
  const [city, setCity] = useState(editing?.city ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [headKind, setHeadKind] = useState<HeadKind>(editing?.head.kind ?? 'person');
  const [member, setMember] = useState<PickedMember | null>(editing?.head.memberId ? { _id: editing.head.memberId, name: editing.head.name } : null);
  const [headName, setHeadName] = useState(editing?.head.kind === 'person' ? editing.head.name : '');
  const [headPhone, setHeadPhone] = useState(editing?.head.kind === 'person' && !editing.head.masked ? editing.head.phone ?? '' : '');
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const { busy, errors, run } = useSubmit(rewordField('head.memberId', '请选择站长'));

  const submit = () =>
    run(async () => {
      const head = headKind === 'member' ? { kind: 'member' as const, memberId: member?._id ?? '' } : { kind: 'person' as const, name: headName, phone: headPhone };
      const input: StationSaveInput = { city, name, head, contact, ...(notes.trim() ? { notes } : {}), ...(editing ? { stationId: editing._id } : {}) };
      await call('station.save', input);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    });

  return (
    <View>
      <TextField label="所在城市" required value={city} onChange={setCity} placeholder="如：上海" error={errors.city} />
      <TextField label="工作站名称" required value={name} onChange={setName} maxlength={40} error={errors.name} />
      <Field label="站长" required>
        <Chips options={[{ value: 'person', label: '填写姓名电话' }, { value: 'member', label: '在册党员' }] as const} value={headKind} onChange={setHeadKind} />
      </Field>
      {headKind === 'member' ? (
        <MemberPicker label="站长（党员）" required value={member} onChange={setMember} onClear={() => setMember(null)} error={errors['head.memberId']} />
      ) : (
        <View>
          <TextField label="站长姓名" required value={headName} onChange={setHeadName} error={errors['head.name']} />
          <TextField label="站长手机号" required value={headPhone} onChange={setHeadPhone} maxlength={11} error={errors['head.phone']} />
        </View>
      )}
      <TextField label="联系方式（党员可见）" required value={contact} onChange={setContact} placeholder="电话、微信或地址" error={errors.contact} />
      <TextField label="备注" value={notes} onChange={setNotes} maxlength={500} error={errors.notes} />
      <SubmitButton text={editing ? '保存修改' : '新增工作站'} busy={busy} onClick={submit} />
    </View>
  );
}
