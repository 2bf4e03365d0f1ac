import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { Chips, Field } from './form-fields';
import { useMemberSearch } from './use-member-search';

/** What a form keeps of the picked member: an edit form may only know the id and name. */
export type PickedMember = Pick<MemberView, '_id' | 'name'> & { city?: string | null };

interface Props {
  label: string;
  required?: boolean;
  error?: string;
  value: PickedMember | null;
  onChange: (m: MemberView) => void;
  /** Given: tapping the picked member clears the choice (an optional field). */
  onClear?: () => void;
}

/** Finds a member of the caller's ledger by name (member.list keeps the search inside his scope). */
export function MemberPicker({ label, required, error, value, onChange, onClear }: Props) {
  const [q, setQ] = useState('');
  const found = useMemberSearch(q, 10);
  return (
    <Field label={label} required={required} error={error}>
      {value ? (
        <View className="tag" onClick={onClear}>
          {[value.name, value.city].filter(Boolean).join(' · ')}
          {onClear ? ' ✕' : ''}
        </View>
      ) : null}
      <Input className="field-input" value={q} placeholder="输入党员姓名查找" onInput={(e) => setQ(e.detail.value)} />
      {found.data?.length ? (
        <Chips options={found.data.map((m) => ({ value: m._id, label: `${m.name}（${m.city}）` }))} value={value?._id} onChange={(id) => onChange(found.data!.find((m) => m._id === id)!)} />
      ) : q.trim() && !found.loading ? (
        <View className="muted">没有找到</View>
      ) : null}
    </Field>
  );
}
