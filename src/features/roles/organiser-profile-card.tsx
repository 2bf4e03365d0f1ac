import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrganiserProfile } from '@/domain/roles/roles.schema';
import { call } from '@/services/cloud';
import { useSubmit } from '../shared/use-submit';
import { OrganiserProfileForm } from './organiser-profile-form';

/** Asks an organiser without a name for one (shown when `needsOrganiserProfile`, organiser-profile-need.ts). */
export function OrganiserProfileCard({ onDone }: { onDone: () => void }) {
  const { busy, errors, run } = useSubmit();
  const save = (profile: OrganiserProfile) =>
    run(async () => {
      await call('role.saveProfile', profile);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onDone();
    });
  return (
    <View className="card">
      <View className="card-title">请填写组织者资料</View>
      <View className="muted mb-16">党员和其他组织者将看到你的姓名和单位/职务（结对、求助、修改记录等处）。</View>
      <OrganiserProfileForm errors={errors} busy={busy} submitText="保存" onSubmit={(p) => void save(p)} />
    </View>
  );
}
