import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Chips } from '@/features/shared/form-fields';
import { VISIBLE_UNITS, visibleUnits, type UnitOption } from './unit-options';

/** Picks the dashboard's unit among those in scope: chips, with a name filter once there are many. */
export function UnitPicker({ options, value, onChange }: { options: UnitOption[]; value: string | undefined; onChange: (value: string) => void }) {
  const [q, setQ] = useState('');
  const shown = visibleUnits(options, value, q);
  return (
    <View>
      {options.length > VISIBLE_UNITS ? (
        <Input className="field-input search-input" placeholder="输入支部或村名筛选" value={q} onInput={(e) => setQ(e.detail.value)} />
      ) : null}
      <Chips options={shown.map(({ value: v, label }) => ({ value: v, label }))} value={value} onChange={onChange} />
      {shown.length < options.length && !q ? <View className="muted">共 {options.length} 个，输入名称查找其余</View> : null}
    </View>
  );
}
