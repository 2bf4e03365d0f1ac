import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import { call } from '@/services/cloud';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/** 书记交接: the branch's present secretaries step down and the member picked takes over; the branch's 书记 fields follow. */
export function SecretaryHandover({ branchId, branchName, onDone }: { branchId: string; branchName: string; onDone: () => void }) {
  const [member, setMember] = useState<PickedMember | null>(null);
  const { busy, errors, run } = useSubmit();
  const hand = () =>
    run(async () => {
      if (!member) throw new AppError(ClientErrorCodes.INPUT_INVALID, '请先选择接任的党员', [{ path: 'memberId', message: '请先选择接任的党员' }]);
      const { confirm } = await Taro.showModal({ title: '书记交接', content: `确定由${member.name}接任${branchName}书记？原书记的角色将同时结束。` });
      if (!confirm) return;
      await call('role.handover', { branchId, memberId: member._id });
      void Taro.showToast({ title: '已完成交接', icon: 'success' });
      setMember(null);
      onDone();
    });
  return (
    <View className="card">
      <View className="card-title">书记交接</View>
      <MemberPicker label="接任书记" value={member} onChange={setMember} onClear={() => setMember(null)} error={errors.memberId} />
      <SubmitButton text="确认交接" busy={busy} onClick={() => void hand()} />
    </View>
  );
}
