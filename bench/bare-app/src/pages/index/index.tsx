import { View } from '@tarojs/components';

/** The baseline's first screen: one line of text (bench/first-screen.ts waits for it). */
export default function Index() {
  return <View className="bare-line">空白页已显示</View>;
}
