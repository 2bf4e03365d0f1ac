import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import type { Audience } from '@/domain/study/study.schema';
import { Chips, MultiChips } from '../shared/form-fields';
import { groupOptions } from '@/domain/org/group-label.rules';

interface Props {
  tree: OrgTree;
  /** County-wide publishers may address the whole county and village groups; a secretary only his branches. */
  countyWide: boolean;
  value: Audience;
  onChange: (next: Audience) => void;
}

export function AudiencePicker({ tree, countyWide, value, onChange }: Props) {
  const scopes = countyWide
    ? ([{ value: 'county', label: '全县' }, { value: 'branches', label: '指定支部' }, { value: 'groups', label: '指定网上党小组' }] as const)
    : ([{ value: 'branches', label: '本支部' }] as const);
  const setScope = (scope: Audience['scope']) =>
    onChange(scope === 'county' ? { scope } : scope === 'branches' ? { scope, branchIds: [] } : { scope, groupIds: [] });
  return (
    <View>
      <Chips options={scopes} value={value.scope} onChange={setScope} />
      {value.scope === 'branches' ? (
        <View className="mt-12">
          <MultiChips options={tree.branches.map((b) => ({ value: b._id, label: b.name }))} value={value.branchIds} onChange={(branchIds) => onChange({ ...value, branchIds })} />
        </View>
      ) : null}
      {value.scope === 'groups' ? (
        <View className="mt-12">
          <MultiChips options={groupOptions(tree.groups)} value={value.groupIds} onChange={(groupIds) => onChange({ ...value, groupIds })} />
        </View>
      ) : null}
    </View>
  );
}
