import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrgTree } from '@/contracts';
import type { JobView } from '@/contracts/hometown';
import type { JobAudience } from '@/domain/hometown/job.schema';
import { JobForm } from '@/features/hometown/job-form';
import { JobItem } from '@/features/hometown/job-item';
import { PagedList } from '@/features/shared/paged-list';
import { loadPublishContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { useRemote } from '@/features/shared/use-remote';
import { listJobs } from '@/features/hometown/hometown.api';

function audienceLabel(a: JobAudience, tree: OrgTree): string {
  if (a.scope === 'county') return '全县';
  if (a.scope === 'cities') return a.cities.join('、');
  return a.branchIds.map((id) => tree.branches.find((b) => b._id === id)?.name ?? '其他支部').join('、');
}

/**
 * The county and secretaries publish job information, and see what they (and the county) have
 * pushed; those they may change they edit (in the form above, in place of a new one) or withdraw.
 */
export default function JobsPublishPage() {
  const org = useRemote(loadPublishContext);
  const [round, setRound] = useState(0);
  const [editing, setEditing] = useState<JobView | null>(null);
  const edit = (job: JobView) => {
    setEditing(job);
    // The form is at the top of the page; the list may be long.
    void Taro.pageScrollTo?.({ scrollTop: 0, duration: 0 });
  };
  const changed = () => {
    setEditing(null);
    setRound((n) => n + 1);
  };
  const published = usePaged((page) => listJobs({ manage: true, ...page }), String(round));
  return (
    <View className="page">
      <LoadState remote={org}>
        {({ tree, own, countyWide }) => (
          <View>
            <View className="card">
              {editing ? <View className="card-title">修改招工信息</View> : null}
              <JobForm key={`${round}:${editing?._id ?? 'new'}`} tree={own} countyWide={countyWide} initial={editing ?? undefined} onPublished={changed} />
              {editing ? <SubmitButton text="取消修改" plain onClick={() => setEditing(null)} /> : null}
            </View>
            <View className="card">
              <View className="card-title">已推送的招工信息</View>
              <PagedList list={published} empty="还没有推送">
                {(j) => <JobItem key={j._id} job={j} showAudience={audienceLabel(j.audience, tree)} onEdit={edit} onChanged={changed} />}
              </PagedList>
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
