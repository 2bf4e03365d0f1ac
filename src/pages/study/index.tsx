import { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { MyStudyCard } from '@/features/study/my-study-card';
import { PushRow } from '@/features/study/push-row';
import { useQueuedCheckins } from '@/features/study/use-queue';
import { useShowCount } from '@/features/shared/use-show-count';
import { PagedList } from '@/features/shared/paged-list';
import { usePaged } from '@/features/shared/use-paged';
import { listStudyPushes } from '@/features/study/study.api';

/** 流动不流学: the pushes addressed to me, newest first, and my check-in calendar. */
export default function StudyPage() {
  const queue = useQueuedCheckins();
  // Back from a push, or a queued check-in sent: the marks may have changed (paging does not reload on show by itself).
  const listKey = `${useShowCount()}:${queue.length}`;
  const list = usePaged((page) => listStudyPushes(page), listKey);
  useReachBottom(list.more);
  const queuedIds = new Set(queue.map((q) => q.payload.pushId));
  return (
    <View className="page">
      <MyStudyCard queued={queue.length} />
      {queue.length ? <View className="queued">有 {queue.length} 条打卡因网络中断尚未发送，联网后将自动提交。</View> : null}
      <View className="card">
        <View className="card-title">学习推送</View>
        <PagedList list={list} empty="暂时没有学习推送">
          {(item) => <PushRow key={item._id} item={item} queued={queuedIds.has(item._id)} />}
        </PagedList>
      </View>
    </View>
  );
}
