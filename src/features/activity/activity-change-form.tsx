import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, View } from '@tarojs/components';
import type { ActivityView } from '@/contracts/activity';
import { CANCEL_REASON_MAX } from '@/domain/activity/activity.constants';
import { dayOf, minuteOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { DateField, Field, TextAreaField, TextField, typedNumber } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/**
 * 修改活动 before it starts: name, time, length, place or link and (with enrolment) the capacity —
 * not below those enrolled, which the function checks. Kind, branches and enrolment stay.
 */
export function ActivityEditForm({ a, onSaved }: { a: ActivityView; onSaved: () => void }) {
  const [title, setTitle] = useState(a.title);
  const [day, setDay] = useState(dayOf(a.startAt));
  const [time, setTime] = useState(minuteOf(a.startAt).slice(11));
  const [duration, setDuration] = useState(String(Math.round((a.endAt - a.startAt) / 60_000)));
  const [place, setPlace] = useState(a.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(a.onlineUrl ?? '');
  const [capacity, setCapacity] = useState(a.capacity === null ? '' : String(a.capacity));
  const values = { title, day, time, durationMinutes: duration, place, onlineUrl, capacity };
  const { busy, errors, run } = useSubmit(undefined, values);

  const save = () =>
    run(async () => {
      await call('activity.edit', {
        activityId: a._id,
        title,
        day,
        time,
        durationMinutes: typedNumber(duration),
        ...(place.trim() ? { place } : {}),
        ...(onlineUrl.trim() ? { onlineUrl: onlineUrl.trim() } : {}),
        ...(a.enrolment && capacity.trim() ? { capacity: typedNumber(capacity) } : {}),
      });
      void Taro.showToast({ title: '活动已修改', icon: 'success' });
      onSaved();
    });

  return (
    <View>
      <TextField label="活动名称" required maxlength={40} value={title} onChange={setTitle} error={errors.title} />
      <DateField label="活动日期" required value={day} onChange={setDay} error={errors.day} />
      <Field label="开始时间" required error={errors.time}>
        <Picker mode="time" value={time} onChange={(e) => setTime(String(e.detail.value))}>
          <View className="field-input">{time}</View>
        </Picker>
      </Field>
      <TextField label="时长（分钟）" required type="number" maxlength={5} value={duration} onChange={setDuration} error={errors.durationMinutes} />
      <TextField label="地点" placeholder="现场活动的地点（与线上链接至少填一项）" value={place} onChange={setPlace} error={errors.place} />
      <TextField label="线上链接" placeholder="线上参加的会议或直播链接（选填）" maxlength={512} value={onlineUrl} onChange={setOnlineUrl} error={errors.onlineUrl} />
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
