import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { minuteOf } from '@/domain/shared/day.rules';
import type { Published } from './publish-form';
import { studyDetailUrl, studyManageUrl, studyStatsUrl } from './study-urls';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** After publishing: what was published, and the way to it, its statistics and the publisher's list. */
export function PublishedLinks({ push, onAnother }: { push: Published; onAnother: () => void }) {
  const scheduled = push.publishAt > Date.now();
  return (
    <View>
      <View className="card-title">{push.edited ? '已保存修改' : scheduled ? '已定时发布' : '已发布'}</View>
      <View>{push.title}</View>
      <View className="muted">{scheduled ? `将于 ${minuteOf(push.publishAt)} 发布，发布前可在「我发布的学习」中修改或撤回` : `发布于 ${minuteOf(push.publishAt)}`}</View>
      <View className="actions">
        <View className="btn btn-plain btn-small" onClick={go(studyDetailUrl(push._id))}>查看推送</View>
        <View className="btn btn-plain btn-small" onClick={go(studyStatsUrl(push._id))}>查看统计</View>
        <View className="btn btn-plain btn-small" onClick={go(studyManageUrl)}>我发布的学习</View>
        <View className="btn btn-plain btn-small" onClick={onAnother}>再发一期</View>
      </View>
    </View>
  );
}
