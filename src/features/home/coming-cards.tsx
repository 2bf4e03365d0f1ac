import { View } from '@tarojs/components';

/** Where the next features land on the home page, so members already know what to expect. */
const upcoming = [
  { title: '主题党日', text: '每月主题党日提醒、提示单与线上签到' },
];

export function ComingCards() {
  return (
    <View>
      {upcoming.map((c) => (
        <View key={c.title} className="card placeholder">
          <View className="card-title">
            {c.title}
            <View className="card-sub">即将上线</View>
          </View>
          <View className="muted">{c.text}</View>
        </View>
      ))}
    </View>
  );
}
