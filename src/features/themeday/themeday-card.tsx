import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { minuteOf } from '@/domain/shared/day.rules';
import { ErrorCodes } from '@/domain/shared/errors';
import { call } from '@/services/cloud';
import { SubmitButton } from '../shared/submit-button';
import { useRemote } from '../shared/use-remote';
import { useSubmit } from '../shared/use-submit';
import { countdownText } from './countdown';
import { askReminderConsent, reminderIsLongTerm, reminderTemplateId } from './reminder-consent';

const subscribeText = (left: number) =>
  reminderIsLongTerm() ? '开启主题党日每月提醒' : left ? `已订阅提醒（可提醒 ${left} 次）· 再订阅一次` : '订阅主题党日提醒';

/** Home: my branch's next 主题党日, a countdown, and the reminder subscription. */
export function ThemedayCard() {
  const current = useRemote(() => call('themeday.current'));
  const { busy, run } = useSubmit();
  const open = () => void Taro.navigateTo({ url: '/pages/themeday/index' });

  if (current.error?.code === ErrorCodes.THEMEDAY_NO_PLAN) {
    return (
      <View className="card">
        <View className="card-title">主题党日</View>
        <View className="muted">本支部尚未设定主题党日时间，请联系支部书记。</View>
      </View>
    );
  }
  const c = current.data;
  if (!c) return null;
  const left = c.consents[reminderTemplateId()] ?? 0;
  const longTermOn = c.longTerm.includes(reminderTemplateId());
  const subscribe = () =>
    run(async () => {
      await askReminderConsent();
      await current.reload();
    });
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
      {longTermOn ? <View className="muted">已开启每月提醒（可在微信设置中关闭）</View> : <SubmitButton plain busy={busy} text={subscribeText(left)} onClick={subscribe} />}
    </View>
  );
}
