import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';

/** The user's number (openid), which a 述职评议 reviewer list names (roles go by member pick or invitation). */
export function UserNumber({ openid }: { openid: string }) {
  return (
    <View className="muted center mt-16" onClick={() => void Taro.setClipboardData({ data: openid })}>
      用户编号：{openid}（点击复制）
    </View>
  );
}
