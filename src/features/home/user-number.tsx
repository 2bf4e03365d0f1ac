import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';

// Copying waits for the privacy agreement (the page's PrivacySheet); declined, nothing is copied.
const copy = (openid: string) =>
  Taro.setClipboardData({ data: openid }).catch(() => void Taro.showToast({ title: '未同意隐私保护指引，无法复制', icon: 'none' }));

/** The user's number (openid), for telling support who he is: no form asks for it (roles and reviewers are picked by name). */
export function UserNumber({ openid }: { openid: string }) {
  return (
    <View className="muted center mt-16" onClick={() => void copy(openid)}>
      用户编号：{openid}（点击复制）
    </View>
  );
}
