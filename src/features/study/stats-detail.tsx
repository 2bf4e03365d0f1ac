import { Image, Text, View } from '@tarojs/components';
import type { CheckinStatsView } from '@/contracts';

/** Who has not checked in (to remind in the chat group) and what the others wrote. */
export function StatsDetail({ name, stats }: { name: string; stats: CheckinStatsView }) {
  const notDone = stats.notDone ?? [];
  const reflections = stats.reflections ?? [];
  return (
    <View>
      <View className="card">
        <View className="card-title">
          {name} · 未打卡
          <View className="card-sub">{notDone.length} 人</View>
        </View>
        {notDone.length ? (
          notDone.map((m) => (
            <View key={m.memberId} className="row">
              <Text>{m.name}</Text>
              <Text className="muted">{[m.groupName, m.phone].filter(Boolean).join(' · ')}</Text>
            </View>
          ))
        ) : (
          <View className="muted">全部已打卡</View>
        )}
      </View>
      <View className="card">
        <View className="card-title">
          学习心得
          <View className="card-sub">{reflections.length} 篇</View>
        </View>
        {reflections.map((r) => (
          <View key={r.memberId} className="history-item">
            <View className="muted">{r.name} · {r.day}{r.minutes ? ` · ${r.minutes} 分钟` : ''}</View>
            <View><Text userSelect>{r.text}</Text></View>
            {r.photoUrls.length ? (
              <View className="photos">
                {r.photoUrls.map((u) => <Image key={u} className="photo" src={u} mode="aspectFill" />)}
              </View>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  );
}
