import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, View } from '@tarojs/components';
import { minuteOf } from '@/domain/shared/day.rules';
import type { Plan, PlanRule } from '@/domain/themeday/themeday.schema';
import { call } from '@/services/cloud';
import { Chips, DateField, Field, TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

const weekdays = ['一', '二', '三', '四', '五', '六', '日'].map((w, i) => ({ value: String(i + 1), label: `星期${w}` }));
const signinModes = [{ value: 'on', label: '现场扫码 + 线上签到' }, { value: 'off', label: '仅现场扫码' }];
const nths = [...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `第${n}个` })), { value: '-1', label: '最后一个' }];

/**
 * A branch's monthly rule: a fixed date, or the Nth weekday; time and length; whether online
 * sign-in counts; the place and the online meeting link; holiday moves (that month's meeting on
 * another day). Starts from the saved plan (`current`), a default only for a branch that never saved one.
 */
export function PlanRuleForm({ branchId, current, nextStart }: { branchId: string; current?: Plan | null; nextStart?: number | null }) {
  const [kind, setKind] = useState<PlanRule['kind']>(current?.rule.kind ?? 'dayOfMonth');
  const [day, setDay] = useState(current?.rule.kind === 'dayOfMonth' ? String(current.rule.day) : '10');
  const [n, setN] = useState(current?.rule.kind === 'nthWeekday' ? String(current.rule.n) : '1');
  const [weekday, setWeekday] = useState(current?.rule.kind === 'nthWeekday' ? String(current.rule.weekday) : '5');
  const [time, setTime] = useState(current?.time ?? '19:30');
  const [duration, setDuration] = useState(String(current?.durationMinutes ?? 90));
  const [online, setOnline] = useState(current?.onlineSignin === false ? 'off' : 'on');
  const [place, setPlace] = useState(current?.place ?? '');
  const [meetingUrl, setMeetingUrl] = useState(current?.meetingUrl ?? '');
  const [overrides, setOverrides] = useState(current?.overrides ?? []);
  const [moveTo, setMoveTo] = useState<string>();
  const [next, setNext] = useState(nextStart ?? undefined);
  const rule = kind === 'dayOfMonth' ? { kind, day: Number(day) } : { kind, n: Number(n), weekday: Number(weekday) };
  const plan = { rule, time, durationMinutes: Number(duration), onlineSignin: online === 'on', ...(overrides.length ? { overrides } : {}), ...(place.trim() ? { place } : {}), ...(meetingUrl.trim() ? { meetingUrl: meetingUrl.trim() } : {}) };
  const { busy, errors, run } = useSubmit(undefined, { rule, time, durationMinutes: duration, onlineSignin: online, place, meetingUrl, overrides });
  const at = (path: string) => errors[`plan.${path}`];

  const save = () =>
    run(async () => {
      const res = await call('themeday.plan', { kind: 'rule', branchId, plan: plan as Plan });
      if (res.kind === 'rule') setNext(res.next.start);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    });

  // One move per month: a new day for a month replaces the old one.
  const addMove = () => {
    if (!moveTo) return;
    const month = moveTo.slice(0, 7);
    setOverrides([...overrides.filter((o) => o.month !== month), { month, day: moveTo }].sort((a, b) => a.month.localeCompare(b.month)));
    setMoveTo(undefined);
  };

  return (
    <View>
      <Chips options={[{ value: 'dayOfMonth', label: '每月固定日期' }, { value: 'nthWeekday', label: '每月第几个星期几' }]} value={kind} onChange={setKind} />
      {kind === 'dayOfMonth' ? (
        <TextField label="每月几号（29-31 日在小月取月末）" type="number" maxlength={2} value={day} onChange={setDay} error={at('rule.day')} />
      ) : (
        <View>
          <Field label="第几个"><Chips options={nths} value={n} onChange={setN} /></Field>
          <Field label="星期几"><Chips options={weekdays} value={weekday} onChange={setWeekday} /></Field>
        </View>
      )}
      <Field label="开始时间" error={at('time')}>
        <Picker mode="time" value={time} onChange={(e) => setTime(String(e.detail.value))}>
          <View className="field-input">{time}</View>
        </Picker>
      </Field>
      <TextField label="时长（分钟）" type="number" maxlength={3} value={duration} onChange={setDuration} error={at('durationMinutes')} />
      <Field label="签到方式">
        <Chips options={signinModes} value={online} onChange={setOnline} />
        <View className="muted">线上签到供在外务工、无法到场的党员从提醒进入签到，出勤表中单列为“线上”；关闭后只认现场屏幕上每 30 秒更换的签到码。</View>
      </Field>
      <TextField label="地点" placeholder="如：杭州市西湖区文三路 1 号党员活动室" value={place} onChange={setPlace} error={at('place')} />
      <TextField label="线上会议链接" placeholder="https:// 开头，在外党员线上参会" maxlength={512} value={meetingUrl} onChange={setMeetingUrl} error={at('meetingUrl')} />
      <Field label="节假日调整（该月改在这一天）" error={errors['plan.overrides'] ?? Object.entries(errors).find(([k]) => k.startsWith('plan.overrides.'))?.[1]}>
        {overrides.length === 0 ? <View className="muted">暂无调整</View> : null}
        {overrides.map((o) => (
          <View key={o.month} className="row">
            <View>{o.month} 改在 {o.day}</View>
            <View className="text-link" onClick={() => setOverrides(overrides.filter((x) => x.month !== o.month))}>删除</View>
          </View>
        ))}
      </Field>
      <DateField label="调整到的日期" value={moveTo} onChange={setMoveTo} />
      {moveTo ? <SubmitButton text={`添加调整：${moveTo.slice(0, 7)} 改在 ${moveTo}`} plain onClick={addMove} /> : null}
      {next ? <View className="badge-done">下一次：{minuteOf(next)}</View> : null}
      <SubmitButton text="保存规则" busy={busy} onClick={save} />
    </View>
  );
}
