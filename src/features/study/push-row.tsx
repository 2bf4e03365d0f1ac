import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';

type Item = ActionOutput<'study.list'>['items'][number];

/** One push in the member's list, with his done / not-yet / closed mark (or "queued" offline). */
export function PushRow({ item, queued }: { item: Item; queued: boolean }) {
  const mark = item.done ? ['badge-done', '已打卡'] : queued ? ['badge-todo', '待发送'] : item.open ? ['badge-todo', '未打卡'] : ['badge-closed', '已截止'];
  return (
    <View className="row" onClick={() => void Taro.navigateTo({ url: `/pages/study-detail/index?id=${item._id}` })}>
      <View>
        <View>
          <Text className="tag">{item.kind}</Text>
          <Text>{item.title}</Text>
        </View>
        <View className="muted">第 {item.issueNo} 期{item.author ? ` · 主讲 ${item.author.name}` : ''} · 截止 {item.dueDay}</View>
      </View>
      <Text className={mark[0]}>{mark[1]}</Text>
    </View>
  );
}
