import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MeView } from '@/contracts';
import { roleLabels } from '@/domain/auth/role-labels';
import { mayPublish } from '@/domain/study/study-scope.rules';
import { callerOfMe } from '../shared/caller-of-me';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** Entry points for branch secretaries, village cadres and the county. */
export function OrganizerNav({ me }: { me: MeView }) {
  const roles = [...new Set(me.grants.map((g) => roleLabels[g.role]))].join('、');
  const canPublish = mayPublish(callerOfMe(me));
  return (
    <View className="card">
      <View className="card-title">
        组织工作
        <View className="card-sub">{roles}</View>
      </View>
      <View className="nav-grid">
        <View className="nav-item" onClick={go('/pages/ledger/index')}>党员台账</View>
        <View className="nav-item" onClick={go('/pages/branches/index')}>支部与二维码</View>
        {canPublish ? <View className="nav-item" onClick={go('/pages/study-publish/index')}>发布学习</View> : null}
        <View className="nav-item" onClick={go('/pages/study-stats/index')}>学习统计</View>
        <View className="nav-item" onClick={go('/pages/themeday-admin/index')}>主题党日</View>
      </View>
    </View>
  );
}
