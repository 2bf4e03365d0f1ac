import { View } from '@tarojs/components';
import { devUserName, openDevSignin } from '@/services/cloud';

/** H5 only: which dev user this browser acts as, and a way to switch (the local cloud's page). */
export function DevUserBar() {
  if (process.env.TARO_ENV !== 'h5') return null;
  return (
    <View className="muted right mb-8" onClick={openDevSignin}>
      开发用户：{devUserName() ?? '未登录'} · 切换
    </View>
  );
}
