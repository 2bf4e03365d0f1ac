import { useState } from 'react';
import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import type { JobAudience } from '@/domain/hometown/job.schema';
import { JobForm } from '@/features/hometown/job-form';
import { JobItem } from '@/features/hometown/job-item';
import { PagedList } from '@/features/shared/paged-list';
import { loadPublishContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { usePaged } from '@/features/shared/use-paged';
import { useRemote } from '@/features/shared/use-remote';
import { listJobs } from '@/features/hometown/hometown.api';

function audienceLabel(a: JobAudience, tree: OrgTree): string {
  if (a.scope === 'county') return '全县';
  if (a.scope === 'cities') return a.cities.join('、');
  return a.branchIds.map((id) => tree.branches.find((b) => b._id === id)?.name ?? '其他支部').join('、');
}

/** The county and secretaries publish job information, and see what they (and the county) have pushed. */
export default function JobsPublishPage() {
  const org = useRemote(loadPublishContext);
  const [round, setRound] = useState(0);
  const published = usePaged((page) => listJobs({ manage: true, ...page }), String(round));
  return (
    <View className="page">
      <LoadState remote={org}>
        {({ tree, own, countyWide }) => (
          <View>
            <View className="card">
              <JobForm key={round} tree={own} countyWide={countyWide} onPublished={() => setRound((n) => n + 1)} />
            </View>
            <View className="card">
              <View className="card-title">已推送的招工信息</View>
              <PagedList list={published} empty="还没有推送">
                {(j) => <JobItem key={j._id} job={j} showAudience={audienceLabel(j.audience, tree)} />}
              </PagedList>
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
