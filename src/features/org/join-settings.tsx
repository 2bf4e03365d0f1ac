import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { joinSettingsOf, type JoinSettings } from '@/domain/join/join-approval.schema';
import { call } from '@/services/cloud';
import { Row } from '../shared/row';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

interface Props {
  branch: { _id: string; joinVersion?: number; joinRevoked?: boolean; joinApproval?: boolean };
  /** A new code or a revoked one: the QR shown before is no longer the one to print. */
  onChanged: () => void;
}

/** 入支部设置: replace the code (every printed poster stops working), stop or restore it, approve new members first. */
export function JoinSettingsPanel({ branch, onChanged }: Props) {
  const [s, setS] = useState<JoinSettings>(joinSettingsOf(branch));
  const { busy, run } = useSubmit();
  const change = (patch: { rotate?: true; revoked?: boolean; approval?: boolean }, done: string) =>
    run(async () => {
      const { branchId: _id, ...next } = await call('branch.joinSettings', { branchId: branch._id, ...patch });
      setS(next);
      void Taro.showToast({ title: done, icon: 'success' });
      onChanged();
    });
  const rotate = async () => {
    const { confirm } = await Taro.showModal({ title: '更换二维码', content: '更换后，已张贴或转发的旧二维码都将失效，需重新打印。确定更换？' });
    if (confirm) await change({ rotate: true }, '已更换');
  };
  return (
    <View className="mt-12">
      <Row label="入支部二维码" value={s.joinRevoked ? '已停用' : `使用中（第 ${s.joinVersion + 1} 版）`} />
      <Row label="新成员审核" value={s.joinApproval ? '需书记审核' : '扫码即加入'} />
      <View className="actions">
        <SubmitButton text="更换二维码" plain busy={busy} onClick={() => void rotate()} />
        <SubmitButton text={s.joinRevoked ? '恢复二维码' : '停用二维码'} plain busy={busy} onClick={() => void change({ revoked: !s.joinRevoked }, s.joinRevoked ? '已恢复' : '已停用')} />
        <SubmitButton text={s.joinApproval ? '关闭审核' : '开启审核'} plain busy={busy} onClick={() => void change({ approval: !s.joinApproval }, s.joinApproval ? '已关闭审核' : '已开启审核')} />
      </View>
    </View>
  );
}
