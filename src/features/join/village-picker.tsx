import { useState } from 'react';
import { View } from '@tarojs/components';
import type { JoinPreview } from '@/contracts';
import { Chips } from '../shared/form-fields';

type GroupOption = JoinPreview['groups'][number];

interface Props {
  groups: GroupOption[];
  value: string | undefined;
  onChange: (groupId: string) => void;
}

/** Township first, then village: a county has hundreds of villages, a township a handful. */
export function VillagePicker({ groups, value, onChange }: Props) {
  const townships = [...new Set(groups.map((g) => g.township))];
  const chosen = groups.find((g) => g._id === value);
  const [township, setTownship] = useState<string | undefined>(chosen?.township ?? (townships.length === 1 ? townships[0] : undefined));
  if (!groups.length) return <View className="muted">县里还没有建立网上党小组，请联系支部书记</View>;
  return (
    <View>
      {townships.length > 1 ? (
        <Chips options={townships.map((t) => ({ value: t, label: t }))} value={township} onChange={setTownship} />
      ) : null}
      {township ? (
        <View className="mt-12">
          <Chips
            options={groups.filter((g) => g.township === township).map((g) => ({ value: g._id, label: g.village }))}
            value={value}
            onChange={onChange}
          />
        </View>
      ) : null}
    </View>
  );
}
