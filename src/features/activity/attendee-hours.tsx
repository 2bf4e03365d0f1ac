import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { AttendeeRow } from '@/contracts/activity';
import { minuteOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { typedNumber } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/**
 * Who enrolled and who came; for 志愿服务, each signed-in member's hours (half hours), saved
 * together. `onSaved` reloads the activity.
 */
export function AttendeeHours({ activityId, rows, hours: withHours, onSaved }: { activityId: string; rows: AttendeeRow[]; hours: boolean; onSaved: () => Promise<void> }) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const { busy, errors, run } = useSubmit();
  const changed = rows.filter((r) => r.signedIn && typed[r.memberId] !== undefined && typedNumber(typed[r.memberId]) !== r.hours);
  const save = () =>
    run(async () => {
      await call('activity.hours', { activityId, entries: changed.map((r) => ({ memberId: r.memberId, hours: typedNumber(typed[r.memberId]) })) });
      setTyped({});
      void Taro.showToast({ title: '时长已保存', icon: 'success' });
      await onSaved();
    });
  const came = rows.filter((r) => r.signedIn).length;
  return (
    <View>
      <View className="muted mb-12">报名 {rows.filter((r) => r.enrolledAt).length} 人 · 签到 {came} 人</View>
      {rows.map((r) => (
        <View key={r.memberId} className="row attendee-row">
          <Text>{r.name || '（未填姓名）'}</Text>
          <Text className="muted">{r.signedIn ? `${r.signedIn.mode === 'online' ? '线上' : '现场'}签到 ${minuteOf(r.signedIn.at).slice(11)}` : '未签到'}</Text>
          {withHours && r.signedIn ? (
            <Input className="field-input hours-input" type="digit" value={typed[r.memberId] ?? String(r.hours)} onInput={(e) => setTyped({ ...typed, [r.memberId]: e.detail.value })} />
          ) : null}
        </View>
      ))}
      {rows.length === 0 ? <View className="empty">还没有人报名或签到</View> : null}
      {errors.entries ? <View className="field-error">{errors.entries}</View> : null}
      {withHours && changed.length ? <SubmitButton text={`保存志愿时长（${changed.length} 人）`} busy={busy} onClick={() => void save()} /> : null}
    </View>
  );
}
