import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { call } from '@/services/cloud';
import { Chips, Field } from '../shared/form-fields';
import { useRemote } from '../shared/use-remote';

interface Props {
  label: string;
  value: MemberView | null;
  onChange: (m: MemberView) => void;
  error?: string;
}

/** Finds a member of the organiser's ledger by name (member.list keeps it inside his scope). */
export function MemberPicker({ label, value, onChange, error }: Props) {
  const [q, setQ] = useState('');
  const found = useRemote(async () => (q.trim() ? (await call('member.list', { q: q.trim(), limit: 10 })).items : []), [q]);
  return (
    <Field label={label} required error={error}>
      {value ? <View className="tag">{value.name} · {value.city}</View> : null}
      <Input className="field-input" value={q} placeholder="输入党员姓名查找" onInput={(e) => setQ(e.detail.value)} />
      {found.data?.length ? (
        <Chips options={found.data.map((m) => ({ value: m._id, label: `${m.name}（${m.city}）` }))} value={value?._id} onChange={(id) => onChange(found.data!.find((m) => m._id === id)!)} />
      ) : q.trim() && !found.loading ? (
        <View className="muted">没有找到</View>
      ) : null}
    </Field>
  );
}
