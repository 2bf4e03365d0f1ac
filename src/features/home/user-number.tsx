import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';

/** The user's number (openid), which he gives the county when he is to be granted a role. */
export function UserNumber({ openid }: { openid: string }) {
  return (
    <View className="muted center mt-16" onClick={() => void Taro.setClipboardData({ data: openid })}>
      用户编号：{openid}（点击复制，开通管理权限时提供给县委组织部）
    </View>
  );
}
