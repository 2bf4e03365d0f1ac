import { useState } from 'react';
import { View } from '@tarojs/components';
import { call } from '@/services/cloud';
import { TextField } from '../shared/form-fields';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/** Shown only while no county exists: the first caller becomes its sysadmin (DESIGN.md §2). */
export function BootstrapCard({ onDone }: { onDone: () => void }) {
  const [countyName, setCountyName] = useState('');
  const [adminName, setAdminName] = useState('');
  const { busy, errors, run } = useSubmit();

  const submit = () =>
    run(async () => {
      await call('admin.bootstrap', { countyName, adminName });
      onDone();
    });

  return (
    <View className="card">
      <View className="card-title">初始化县委组织部</View>
      <View className="muted">系统尚未初始化。第一位完成初始化的用户将成为系统管理员，之后可为他人授予角色。</View>
      <TextField label="县名" required value={countyName} onChange={setCountyName} placeholder="如：石阡县" error={errors.countyName} />
      <TextField label="管理员姓名" required value={adminName} onChange={setAdminName} error={errors.adminName} />
      <SubmitButton text="初始化县委组织部" busy={busy} onClick={submit} />
    </View>
  );
}
