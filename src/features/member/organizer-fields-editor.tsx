import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { commonTags, contactStatuses, type ContactStatus } from '@/domain/member/member.schema';
import { call } from '@/services/cloud';
import { asOptions, Chips, DateField, Field, MultiChips } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

interface Props {
  member: MemberView;
  onSaved: () => void;
}

/** Organisers only: contact status (with the day contact was lost) and tags. */
export function OrganizerFieldsEditor({ member, onSaved }: Props) {
  const [status, setStatus] = useState<ContactStatus>(member.status);
  const [lostAt, setLostAt] = useState<string | null>(member.lostContactAt);
  const [tags, setTags] = useState<string[]>(member.tags);
  const [custom, setCustom] = useState('');
  const { busy, run } = useSubmit();

  const addCustom = () => {
    const t = custom.trim();
    if (t && !tags.includes(t)) setTags([...tags, t]);
    setCustom('');
  };
  const allTags = [...new Set([...commonTags, ...tags])];

  const save = () =>
    run(async () => {
      // A 失联 without a day is dated today by the function (Shanghai day).
      const changes = status === '失联' ? { status, tags, ...(lostAt ? { lostContactAt: lostAt } : {}) } : { status, tags };
      await call('member.update', { memberId: member._id, changes });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    });

  return (
    <View>
      <Field label="联系状态">
        <Chips options={asOptions(contactStatuses)} value={status} onChange={setStatus} />
      </Field>
      {status === '失联' ? <DateField label="失联日期" value={lostAt} onChange={setLostAt} /> : null}
      <Field label="标签（点击选择）">
        <MultiChips options={asOptions(allTags)} value={tags} onChange={setTags} />
        <Input className="field-input" value={custom} maxlength={16} placeholder="自定义标签，回车添加" onInput={(e) => setCustom(e.detail.value)} onConfirm={addCustom} />
      </Field>
      <SubmitButton text="保存状态与标签" busy={busy} onClick={save} />
    </View>
  );
}
