import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { call } from '@/services/cloud';
import { useRemote } from '../shared/use-remote';

/** 流动不流学: how many open pushes still wait for my check-in, one tap to the list. */
export function StudyCard() {
  const first = useRemote(() => call('study.list', { limit: 20 }));
  const todo = first.data?.items.filter((i) => i.open && !i.done).length ?? 0;
  // "All done" only when there was something to do: no pushes yet is said as such.
  const status = !first.data ? '' : todo ? `${todo} 项待打卡` : first.data.items.length ? '已全部完成' : '暂无推送';
  return (
    <View className="card" onClick={() => void Taro.navigateTo({ url: '/pages/study/index' })}>
      <View className="card-title">
        学习推送
        <View className={todo ? 'badge-todo' : first.data?.items.length ? 'badge-done' : 'badge-closed'}>{status}</View>
      </View>
      <View className="muted">{first.data?.items[0] ? `最新：${first.data.items[0].title}` : '县委组织部与支部推送的学习内容，学习后提交心得打卡'}</View>
    </View>
  );
}
