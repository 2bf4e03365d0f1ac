import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ManagedPush } from '@/contracts';
import { minuteOf } from '@/domain/shared/day.rules';
import { pushStatusLabels, type PushStatus } from '@/domain/study/push-status.rules';
import { useSubmit } from '../shared/use-submit';
import { withdrawStudyPush } from './study.api';
import { studyDetailUrl, studyEditUrl, studyStatsUrl } from './study-urls';

const badge: Record<PushStatus, string> = { scheduled: 'badge-todo', live: 'badge-done', closed: 'badge-closed', withdrawn: 'badge-closed' };
const go = (url: string) => () => void Taro.navigateTo({ url });

/** One push in its publisher's list: status, check-ins, and what he may still do with it. */
export function ManagedPushRow({ push, onChanged }: { push: ManagedPush; onChanged: () => void }) {
  const { busy, run } = useSubmit();
  const withdraw = () =>
    run(async () => {
      const { confirm } = await Taro.showModal({
        title: '撤回推送',
        content: push.status === 'scheduled' ? '撤回后该推送不再发布。' : '撤回后党员将看不到该推送，也不能再打卡；已有的打卡记录保留。',
        confirmText: '撤回',
      });
      if (!confirm) return;
      await withdrawStudyPush(push._id);
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      onChanged();
    });
  const btn = busy ? 'btn btn-plain btn-small btn-disabled' : 'btn btn-plain btn-small';
  return (
    <View className="history-item">
      <View className="item-head">
        <View>
          <Text className="tag">{push.kind}</Text>
          <Text>{push.title}</Text>
        </View>
        <Text className={badge[push.status]}>{pushStatusLabels[push.status]}</Text>
      </View>
      <View className="muted">
        第 {push.issueNo} 期 · {push.status === 'scheduled' ? '定时' : '发布'} {minuteOf(push.publishAt)} · 截止 {push.dueDay} · 已打卡 {push.checkins} 人
      </View>
      <View className="actions">
        {push.status !== 'scheduled' ? <View className="btn btn-plain btn-small" onClick={go(studyStatsUrl(push._id))}>统计</View> : null}
        {push.status === 'live' || push.status === 'closed' ? <View className="btn btn-plain btn-small" onClick={go(studyDetailUrl(push._id))}>查看</View> : null}
        {push.status === 'scheduled' ? <View className="btn btn-plain btn-small" onClick={go(studyEditUrl(push._id))}>编辑</View> : null}
        {push.status !== 'withdrawn' ? <View className={btn} onClick={() => !busy && void withdraw()}>撤回</View> : null}
      </View>
    </View>
  );
}
