import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { call } from '@/services/cloud';
import { TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/** The county gives an organiser of the inflow side his scoped account, by his user number. */
export function InflowGrant({ agreementId }: { agreementId: string }) {
  const [openid, setOpenid] = useState('');
  const { busy, errors, run } = useSubmit();
  const grant = () =>
    run(async () => {
      await call('org.grantRole', { openid: openid.trim(), role: 'inflow', agreementId });
      void Taro.showToast({ title: '已授予', icon: 'success' });
      setOpenid('');
    });
  return (
    <View className="card">
      <View className="card-title">授予共管方账号</View>
      <TextField label="共管方用户编号" required value={openid} onChange={setOpenid} placeholder="请对方在首页底部查看并发给你" error={errors.openid} />
      <SubmitButton text="授予" busy={busy} onClick={grant} />
    </View>
  );
}
