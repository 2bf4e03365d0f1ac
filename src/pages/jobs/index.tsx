import { View } from '@tarojs/components';
import { JobItem } from '@/features/hometown/job-item';
import { PagedList } from '@/features/shared/paged-list';
import { usePaged } from '@/features/shared/use-paged';
import { useShowCount } from '@/features/shared/use-show-count';
import { listJobs } from '@/features/hometown/hometown.api';

/** 招工信息: the valid job pushes reaching my branch or the city I work in; tap one for its details. */
export default function JobsPage() {
  const list = usePaged((page) => listJobs(page), String(useShowCount()));
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">招工就业信息</View>
        <PagedList list={list} empty="暂时没有招工信息">
          {(j) => <JobItem key={j._id} job={j} />}
        </PagedList>
      </View>
    </View>
  );
}
