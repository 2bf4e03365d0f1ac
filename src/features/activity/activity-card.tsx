import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActivityView } from '@/contracts/activity';
import { call } from '@/services/cloud';
import { openLink } from '../shared/open-link';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { seatsText, stateText, timeText, whereText } from './activity-text';

/**
 * One activity as a member sees it: what, when, where, seats, and the step open to him now
 * (报名, 取消报名, 线上签到) or where he stands (已报名, 已签到, 已取消 with the reason). `onChange`
 * reloads the list after a step.
 */
export function ActivityCard({ a, onChange }: { a: ActivityView; onChange: () => Promise<void> }) {
  const { busy, run } = useSubmit();
  const step = (work: () => Promise<unknown>, done: string) =>
    run(async () => {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      await onChange();
    });
  const withdraw = () =>
    run(async () => {
      const { confirm } = await Taro.showModal({ title: '取消报名', content: `确定取消报名“${a.title}”？名额将让给其他党员，开始前可再次报名。` });
      if (!confirm) return;
      await call('activity.withdraw', { activityId: a._id });
      void Taro.showToast({ title: '已取消报名', icon: 'success' });
      await onChange();
    });
  const mine = a.mine;
  return (
    <View className="card activity-card">
      <View className="card-title">
        {a.title}
        <View className="card-sub">{a.kind} · {stateText(a)}</View>
      </View>
      {a.cancelled ? <View className="error-box">活动已取消{a.cancelReason ? `：${a.cancelReason}` : ''}</View> : null}
      <View className="muted">{timeText(a)}</View>
      <View className="muted">{whereText(a)}{a.partner ? ` · 共建：${a.partner}` : ''}</View>
      {seatsText(a) ? <View className="muted">{seatsText(a)}</View> : null}
      {a.onlineUrl ? <View className="text-link" onClick={() => openLink(a.onlineUrl!)}>打开线上链接</View> : null}
      {mine?.signedIn ? (
        <View className="badge-done">已签到（{mine.signedIn === 'online' ? '线上' : '现场'}）{mine.hours ? ` · 志愿时长 ${mine.hours} 小时` : ''}</View>
      ) : mine?.enrolled ? (
        <View className="badge-done">已报名</View>
      ) : null}
      {a.can.enrol ? <SubmitButton text="报名" busy={busy} onClick={() => void step(() => call('activity.enrol', { activityId: a._id }), '报名成功')} /> : null}
      {a.can.withdraw ? <SubmitButton text="取消报名" plain busy={busy} onClick={() => void withdraw()} /> : null}
      {a.can.signinOnline ? <SubmitButton text="线上签到" plain busy={busy} onClick={() => void step(() => call('activity.signin', { mode: 'online', activityId: a._id }), '签到成功')} /> : null}
      {a.summary ? (
        <View className="mt-16">
          <Text className="row-label">活动总结</Text>
          <View>{a.summary}</View>
        </View>
      ) : null}
    </View>
  );
}
