import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import type { JobAudience } from '@/domain/hometown/job.schema';
import { Chips, MultiChips, splitList } from '../shared/form-fields';

interface Props {
  tree: OrgTree;
  /** County-wide publishers may address the county and cities; a secretary only his branches. */
  countyWide: boolean;
  value: JobAudience;
  onChange: (next: JobAudience) => void;
}

/** Who a job is for. Cities are typed, not picked: members' cities are free text on their records. */
export function JobAudiencePicker({ tree, countyWide, value, onChange }: Props) {
  const [citiesText, setCitiesText] = useState(value.scope === 'cities' ? value.cities.join(' ') : '');
  const scopes = countyWide
    ? ([{ value: 'county', label: '全县' }, { value: 'branches', label: '指定支部' }, { value: 'cities', label: '指定城市' }] as const)
    : ([{ value: 'branches', label: '本支部' }] as const);
  const setScope = (scope: JobAudience['scope']) =>
    onChange(scope === 'county' ? { scope } : scope === 'branches' ? { scope, branchIds: [] } : { scope, cities: splitList(citiesText) });
  return (
    <View>
      <Chips options={scopes} value={value.scope} onChange={setScope} />
      {value.scope === 'branches' ? (
        <MultiChips options={tree.branches.map((b) => ({ value: b._id, label: b.name }))} value={value.branchIds} onChange={(branchIds) => onChange({ scope: 'branches', branchIds })} />
      ) : null}
      {value.scope === 'cities' ? (
        <Input
          className="field-input"
          value={citiesText}
          placeholder="城市，多个用空格分隔，如：杭州 宁波"
          onInput={(e) => {
            setCitiesText(e.detail.value);
            onChange({ scope: 'cities', cities: splitList(e.detail.value) });
          }}
        />
      ) : null}
    </View>
  );
}
