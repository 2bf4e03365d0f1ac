import { useEffect, useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import { commonTags, contactStatuses } from '@/domain/member/member.schema';
import { asOptions, Chips } from '../shared/form-fields';
import type { LedgerFilters } from './use-ledger';
import { groupOptions } from '@/domain/org/group-label.rules';

const ALL = '__all';
const withAll = (options: { value: string; label: string }[]) => [{ value: ALL, label: '全部' }, ...options];

interface Props {
  tree: OrgTree;
  value: LedgerFilters;
  onChange: (next: LedgerFilters) => void;
}

/** Branch, village group, contact status, tag, city and free-text filters of the ledger. */
export function LedgerFilterBar({ tree, value, onChange }: Props) {
  const pick = (key: keyof LedgerFilters) => (v: string) => onChange({ ...value, [key]: v === ALL ? undefined : v });
  const [q, setQ] = useState(value.q ?? '');
  const [city, setCity] = useState(value.city ?? '');

  // Text filters apply after a short pause, not on every keystroke (each change is a query).
  useEffect(() => {
    const t = setTimeout(() => {
      if ((value.q ?? '') !== q || (value.city ?? '') !== city) onChange({ ...value, q: q || undefined, city: city || undefined });
    }, 400);
    return () => clearTimeout(t);
  }, [q, city]); // eslint-disable-line react-hooks/exhaustive-deps -- only typing restarts the pause; a new `value` from above must not

  return (
    <View className="card">
      <Input className="field-input search-input" value={q} placeholder="搜索姓名、单位或行业" onInput={(e) => setQ(e.detail.value)} />
      <Input className="field-input search-input" value={city} placeholder="按城市筛选" onInput={(e) => setCity(e.detail.value)} />
      {tree.branches.length > 1 ? (
        <Filter label="支部">
          <Chips options={withAll(tree.branches.map((b) => ({ value: b._id, label: b.name })))} value={value.branchId ?? ALL} onChange={pick('branchId')} />
        </Filter>
      ) : null}
      {tree.groups.length > 1 ? (
        <Filter label="网上党小组">
          <Chips options={withAll(groupOptions(tree.groups))} value={value.groupId ?? ALL} onChange={pick('groupId')} />
        </Filter>
      ) : null}
      <Filter label="联系状态">
        <Chips options={withAll(asOptions(contactStatuses))} value={value.status ?? ALL} onChange={pick('status')} />
      </Filter>
      <Filter label="标签">
        <Chips options={withAll(asOptions(commonTags))} value={value.tag ?? ALL} onChange={pick('tag')} />
      </Filter>
    </View>
  );
}

function Filter({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View className="field">
      <View className="field-label">{label}</View>
      {children}
    </View>
  );
}
