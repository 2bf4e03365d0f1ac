import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ActivityView } from '@/contracts/activity';
import { activityKindList, type ActivityKind } from '@/domain/activity/activity-kinds';
import { dayOf, minuteOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, MultiChips, TextField, typedNumber } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { rewordField, useSubmit } from '../shared/use-submit';
import { ScheduleFields, scheduleInput, scheduleValues, useSchedule } from './schedule-fields';

/**
 * The form starts 10–15 minutes ahead, on a five-minute mark: an activity held at short notice needs
 * no change, and one planned for later is a date and a time away either way.
 */
function soon(now: number): { day: string; time: string } {
  const at = Math.ceil((now + 10 * 60_000) / 300_000) * 300_000;
  return { day: dayOf(at), time: minuteOf(at).slice(11) };
}

const yesNo = [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }] as const;

/**
 * 发起活动: kind, name, when and how long, where (a place, an online link or both), whether members
 * enrol first and how many may, the partner organisation, whether online sign-in counts, and the
 * branches it is for (those the organiser runs). `onCreated` gets the stored activity.
 */
export function ActivityForm({ branches, onCreated }: { branches: { _id: string; name: string }[]; onCreated: (a: ActivityView) => void }) {
  const [kind, setKind] = useState<ActivityKind>();
  const { s: schedule, set } = useSchedule(() => ({ title: '', ...soon(Date.now()), duration: '120', place: '', onlineUrl: '' }));
  const [enrolment, setEnrolment] = useState<'yes' | 'no'>('yes');
  const [capacity, setCapacity] = useState('');
  const [partner, setPartner] = useState('');
  const [online, setOnline] = useState<'yes' | 'no'>('no');
  const [branchIds, setBranchIds] = useState<string[]>(() => (branches.length === 1 ? [branches[0]._id] : []));
  const values = { kind, ...scheduleValues(schedule), enrolment, capacity, partner, onlineSignin: online, branchIds };
  const { busy, errors, run } = useSubmit(rewordField('kind', '请选择活动类型'), values);

  const submit = () =>
    run(async () => {
      const created = await call('activity.create', {
        kind: kind as ActivityKind,
        ...scheduleInput(schedule),
        enrolment: enrolment === 'yes',
        ...(enrolment === 'yes' && capacity.trim() ? { capacity: typedNumber(capacity) } : {}),
        ...(partner.trim() ? { partner } : {}),
        onlineSignin: online === 'yes',
        branchIds,
      });
      void Taro.showToast({ title: '活动已发布', icon: 'success' });
      onCreated(created);
    });

  return (
    <View>
      <Field label="活动类型" required error={errors.kind}>
        <Chips options={asOptions(activityKindList)} value={kind} onChange={setKind} />
      </Field>
      <ScheduleFields s={schedule} set={set} errors={errors} titlePlaceholder="如：社区志愿服务：关爱独居老人" />
      <Field label="需要报名">
        <Chips options={yesNo} value={enrolment} onChange={setEnrolment} />
        <View className="muted">需要报名的活动只有已报名的党员可以签到；报名在活动开始时截止。</View>
      </Field>
      {enrolment === 'yes' ? <TextField label="人数上限（选填，不填不限）" type="number" maxlength={5} value={capacity} onChange={setCapacity} error={errors.capacity} /> : null}
      <TextField label="共建单位/社区（选填）" maxlength={40} value={partner} onChange={setPartner} error={errors.partner} />
      <Field label="允许线上签到">
        <Chips options={yesNo} value={online} onChange={setOnline} />
        <View className="muted">不允许时只认现场屏幕上每 30 秒更换的签到码。</View>
      </Field>
      <Field label="面向支部" required error={errors.branchIds}>
        <MultiChips options={branches.map((b) => ({ value: b._id, label: b.name }))} value={branchIds} onChange={setBranchIds} />
      </Field>
      <SubmitButton text="发布活动" busy={busy} onClick={() => void submit()} />
    </View>
  );
}
