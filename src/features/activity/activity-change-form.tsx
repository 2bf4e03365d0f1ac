import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ActivityView } from '@/contracts/activity';
import { CANCEL_REASON_MAX } from '@/domain/activity/activity.constants';
import { dayOf, minuteOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { TextAreaField, TextField, typedNumber } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { ScheduleFields, scheduleInput, scheduleValues, useSchedule } from './schedule-fields';

/**
 * 修改活动 before it starts: name, time, length, place or link and (with enrolment) the capacity —
 * not below those enrolled, which the function checks. Kind, branches and enrolment stay.
 */
export function ActivityEditForm({ a, onSaved }: { a: ActivityView; onSaved: () => void }) {
  const { s: schedule, set } = useSchedule(() => ({
    title: a.title,
    day: dayOf(a.startAt),
    time: minuteOf(a.startAt).slice(11),
    duration: String(Math.round((a.endAt - a.startAt) / 60_000)),
    place: a.place ?? '',
    onlineUrl: a.onlineUrl ?? '',
  }));
  const [capacity, setCapacity] = useState(a.capacity === null ? '' : String(a.capacity));
  const values = { ...scheduleValues(schedule), capacity };
  const { busy, errors, run } = useSubmit(undefined, values);

  const save = () =>
    run(async () => {
      await call('activity.edit', {
        activityId: a._id,
        ...scheduleInput(schedule),
        ...(a.enrolment && capacity.trim() ? { capacity: typedNumber(capacity) } : {}),
      });
      void Taro.showToast({ title: '活动已修改', icon: 'success' });
      onSaved();
    });

  return (
    <View>
      <ScheduleFields s={schedule} set={set} errors={errors} />
      {a.enrolment ? <TextField label="人数上限（选填，不填不限）" type="number" maxlength={5} value={capacity} onChange={setCapacity} error={errors.capacity} /> : null}
      <SubmitButton text="保存修改" busy={busy} onClick={() => void save()} />
    </View>
  );
}

/** 取消活动 with a reason; its enrolled members see 已取消 and, if they consented, get a message. */
export function ActivityCancelForm({ a, onCancelled }: { a: ActivityView; onCancelled: () => void }) {
  const [reason, setReason] = useState('');
  const { busy, errors, run } = useSubmit(undefined, { reason });
  const cancel = () =>
    run(async () => {
      const { confirm } = await Taro.showModal({ title: '取消活动', content: `确定取消“${a.title}”？已报名的党员将看到活动已取消。` });
      if (!confirm) return;
      const r = await call('activity.cancel', { activityId: a._id, reason });
      void Taro.showToast({ title: r.told ? `已取消，已通知 ${r.told} 人` : '活动已取消', icon: 'none' });
      onCancelled();
    });
  return (
    <View>
      <TextAreaField label="取消原因" required maxlength={CANCEL_REASON_MAX} placeholder="如：台风预警，活动取消" value={reason} onChange={setReason} error={errors.reason} />
      <SubmitButton text="确认取消活动" plain busy={busy} onClick={() => void cancel()} />
    </View>
  );
}
