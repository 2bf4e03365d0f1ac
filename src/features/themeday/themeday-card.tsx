import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { minuteOf } from '@/domain/shared/day.rules';
import { ClientErrorCodes } from '@/domain/shared/app-error';
import { call } from '@/services/cloud';
import { useRemote } from '../shared/use-remote';
import { countdownText } from './countdown';
import { ReminderButton } from './reminder-button';

/** Home: my branch's next 主题党日, a countdown, and the reminder subscription. */
export function ThemedayCard() {
  const current = useRemote(() => call('themeday.current'));
  const open = () => void Taro.navigateTo({ url: '/pages/themeday/index' });

  if (current.error?.code === ClientErrorCodes.THEMEDAY_NO_PLAN) {
    return (
      <View className="card">
        <View className="card-title">主题党日</View>
        <View className="muted">本支部尚未设定主题党日时间，请联系支部书记。</View>
      </View>
    );
  }
  const c = current.data;
  if (!c) return null;
  return (
    <View className="card">
      <View className="card-title" onClick={open}>
        主题党日
        <View className="badge-todo">{countdownText(c.occurrence, Date.now())}</View>
      </View>
      <View onClick={open}>
        <View>{minuteOf(c.occurrence.start)}</View>
        <View className="muted">{c.sheet.theme ?? '本月主题待县委组织部发布'}{c.signin ? ' · 已签到' : ''}</View>
      </View>
      <ReminderButton consents={c.consents} longTerm={c.longTerm} onDone={current.reload} />
    </View>
  );
}
