import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ContactGapsInput } from '@/domain/pairing/pairing.schema';
import { listScope } from '@/domain/auth/scope.rules';
import { GapReportView } from '@/features/pairing/gap-report-view';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { Chips } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { contactGaps } from '@/features/pairing/pairing.api';
import { groupOptions } from '@/domain/org/group-label.rules';

/** The contact-gap monitor for the organiser's scope, narrowed to one branch or village. */
export default function ContactGapsPage() {
  const org = useRemote(loadOrgContext);
  const [unit, setUnit] = useState<string>('all');
  const query: ContactGapsInput = unit === 'all' ? {} : unit.startsWith('b:') ? { branchId: unit.slice(2) } : { groupId: unit.slice(2) };
  const report = useRemote(() => contactGaps(query), [unit]);

  return (
    <View className="page">
      <LoadState remote={org}>
        {({ tree, caller }) => {
          const scope = listScope(caller);
          const branches = scope && !scope.all ? tree.branches.filter((b) => scope.branchIds.includes(b._id)) : tree.branches;
          const groups = scope && !scope.all && !scope.branchIds.length ? tree.groups.filter((g) => scope.groupIds.includes(g._id)) : tree.groups;
          const options = [{ value: 'all', label: '全部' }, ...branches.map((b) => ({ value: `b:${b._id}`, label: b.name })), ...groupOptions(groups).map((o) => ({ ...o, value: `g:${o.value}` }))];
          return (
            <View>
              <View className="card">
                <Chips options={options} value={unit} onChange={setUnit} />
              </View>
              <LoadState remote={report}>{(r) => <GapReportView report={r} tree={tree} />}</LoadState>
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
