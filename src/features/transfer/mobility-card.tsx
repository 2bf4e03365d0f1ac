import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { canEndMobility } from '@/domain/mobility/mobility.rules';
import { endReasons, type EndReason } from '@/domain/mobility/mobility.constants';
import { dayOf } from '@/domain/shared/day.rules';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field, TextAreaField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { rewordField, useSubmit } from '../shared/use-submit';

interface Props {
  member: MemberView;
  caller: Caller;
  onChanged: () => void;
}

/**
 * 流动党员身份: ended (返乡, 回村任职…) the record is read-only, counted apart and reminded of
 * nothing; reopened it counts again. The member himself or an organiser who manages him.
 */
export function MobilityCard({ member, caller, onChanged }: Props) {
  const [reason, setReason] = useState<EndReason>();
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const { busy, errors, run } = useSubmit(rewordField('reason', '请选择结束原因'));
  if (!canEndMobility(caller, member)) return null;

  if (member.ended && member.mobility) {
    const reopen = () =>
      run(async () => {
        await call('member.reopenMobility', { memberId: member._id });
        void Taro.showToast({ title: '已恢复', icon: 'success' });
        onChanged();
      });
    return (
      <View className="card">
        <View className="card-title">流动党员身份已结束</View>
        <View>
          原因：{member.mobility.reason}
          {member.mobility.note ? `（${member.mobility.note}）` : ''}
        </View>
        <View className="muted">
          {dayOf(member.mobility.endedAt)} · {member.mobility.byName}。档案只读，不再收到学习推送和党日提醒，也不计入完成率。
        </View>
        <SubmitButton text="恢复流动党员身份" plain busy={busy} onClick={reopen} />
      </View>
    );
  }

  const end = () =>
    run(async () => {
      await call('member.endMobility', { memberId: member._id, reason: reason as EndReason, ...(note.trim() ? { note: note.trim() } : {}) });
      void Taro.showToast({ title: '已结束流动党员身份', icon: 'success' });
      setOpen(false);
      onChanged();
    });
  return (
    <View className="card">
      <View className="card-title">结束流动党员身份</View>
      {open ? (
        <View>
          <Field label="原因" required error={errors.reason}>
            <Chips options={asOptions(endReasons)} value={reason} onChange={setReason} />
          </Field>
          <TextAreaField label="说明" required={reason === '其他'} value={note} onChange={setNote} placeholder="如：回村任村委委员" maxlength={200} error={errors.note} />
          <SubmitButton text="确认结束" busy={busy} onClick={end} />
          <SubmitButton text="取消" plain onClick={() => setOpen(false)} />
        </View>
      ) : (
        <View>
          <View className="muted">返乡、回村任职或组织关系转出后，结束流动党员身份：档案保留（只读），可随时恢复。</View>
          <SubmitButton text="结束流动党员身份" plain onClick={() => setOpen(true)} />
        </View>
      )}
    </View>
  );
}
