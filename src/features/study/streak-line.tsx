import { View } from '@tarojs/components';

/** Current and longest streaks and the total: encouragement, not a ranking of others. */
export function StreakLine({ current, longest, total }: { current: number; longest: number; total: number }) {
  return (
    <View className="streak">
      <View className="streak-item"><View className="streak-num">{current}</View><View className="muted">连续打卡（天）</View></View>
      <View className="streak-item"><View className="streak-num">{longest}</View><View className="muted">最长连续</View></View>
      <View className="streak-item"><View className="streak-num">{total}</View><View className="muted">累计打卡</View></View>
    </View>
  );
}
