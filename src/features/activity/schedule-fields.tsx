import { useState } from 'react';
import { Picker, View } from '@tarojs/components';
import { DateField, Field, TextField, typedNumber } from '../shared/form-fields';

/** When and where an activity is held, as its forms hold it: text, until the payload is built. */
export interface Schedule {
  title: string;
  day: string;
  time: string;
  duration: string;
  place: string;
  onlineUrl: string;
}

/** The schedule's state and a setter per field, for the create and the edit form alike. */
export function useSchedule(initial: () => Schedule) {
  const [s, setS] = useState(initial);
  const set = (k: keyof Schedule) => (v: string) => setS((prev) => ({ ...prev, [k]: v }));
  return { s, set };
}

/** The fields as the function names them (what useSubmit compares to clear an error once its field changes). */
export const scheduleValues = (s: Schedule) => ({ title: s.title, day: s.day, time: s.time, durationMinutes: s.duration, place: s.place, onlineUrl: s.onlineUrl });

/** The schedule's part of activity.create / activity.edit: an empty place or link is left out. */
export const scheduleInput = (s: Schedule) => ({
  title: s.title,
  day: s.day,
  time: s.time,
  durationMinutes: typedNumber(s.duration),
  ...(s.place.trim() ? { place: s.place } : {}),
  ...(s.onlineUrl.trim() ? { onlineUrl: s.onlineUrl.trim() } : {}),
});

/** 活动名称, 日期, 开始时间, 时长, 地点, 线上链接. */
export function ScheduleFields({ s, set, errors, titlePlaceholder }: { s: Schedule; set: (k: keyof Schedule) => (v: string) => void; errors: Record<string, string>; titlePlaceholder?: string }) {
  return (
    <View>
      <TextField label="活动名称" required maxlength={40} placeholder={titlePlaceholder} value={s.title} onChange={set('title')} error={errors.title} />
      <DateField label="活动日期" required value={s.day} onChange={set('day')} error={errors.day} />
      <Field label="开始时间" required error={errors.time}>
        <Picker mode="time" value={s.time} onChange={(e) => set('time')(String(e.detail.value))}>
          <View className="field-input">{s.time}</View>
        </Picker>
      </Field>
      <TextField label="时长（分钟）" required type="number" maxlength={5} value={s.duration} onChange={set('duration')} error={errors.durationMinutes} />
      <TextField label="地点" placeholder="现场活动的地点（与线上链接至少填一项）" value={s.place} onChange={set('place')} error={errors.place} />
      <TextField label="线上链接" placeholder="线上参加的会议或直播链接（选填）" maxlength={512} value={s.onlineUrl} onChange={set('onlineUrl')} error={errors.onlineUrl} />
    </View>
  );
}
