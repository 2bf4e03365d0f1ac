import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { call } from '@/services/cloud';
import { Chips, Field } from '../shared/form-fields';
import { useRemote } from '../shared/use-remote';

interface Props {
  label: string;
  value: Pick<MemberView, '_id' | 'name'> | null;
  onChange: (m: Pick<MemberView, '_id' | 'name'> | null) => void;
  error?: string;
}

/**
 * An optional member, found by name in the caller's ledger (member.list keeps it in his scope).
 * Same search as care's MemberPicker, with a label and a way to clear: to merge into shared/.
 */
export function MemberField({ label, value, onChange, error }: Props) {
  const [q, setQ] = useState('');
  const found = useRemote(async () => (q.trim() ? (await call('member.list', { q: q.trim(), limit: 10 })).items : []), [q]);
  return (
    <Field label={label} error={error}>
      {value ? (
        <View className="tag" onClick={() => onChange(null)}>
          {value.name} ✕
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
