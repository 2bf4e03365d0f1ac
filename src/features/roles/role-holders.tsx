import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { RoleHolderView } from '@/contracts/roles';
import { roleLabels } from '@/domain/auth/role-labels';
import { call } from '@/services/cloud';
import { useSubmit } from '../shared/use-submit';
import { whenText } from '../shared/when-text';
import { viaLabels } from './role-words';

/** Who holds the unit's roles: name, phone, 单位/职务, since when and granted by whom; revoke. */
export function RoleHolders({ holders, canRevoke, onChanged }: { holders: RoleHolderView[]; canRevoke: (h: RoleHolderView) => boolean; onChanged: () => void }) {
  const { run } = useSubmit();
  const revoke = (h: RoleHolderView) =>
    run(async () => {
      const who = h.name ?? '未填写姓名的组织者';
      const { confirm } = await Taro.showModal({ title: '撤销角色', content: `确定撤销${who}的${roleLabels[h.role]}角色？` });
      if (!confirm) return;
      const unit = h.role === 'secretary' ? { branchId: h.unitId! } : h.role === 'cadre' ? { groupId: h.unitId! } : h.role === 'inflow' ? { agreementId: h.unitId! } : {};
      await call('org.grantRole', { openid: h.openid, role: h.role, ...unit, revoke: true });
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      onChanged();
    });

  if (!holders.length) return <View className="muted">暂无人担任（空缺）</View>;
  return (
    <View>
      {holders.map((h) => (
        <View key={`${h.role}.${h.openid}`} className="history-item">
          <View className="item-head">
            <Text>{h.name ?? '未填写姓名'}</Text>
            <Text className="tag">{roleLabels[h.role]}</Text>
          </View>
          <View className="muted">
            {[h.phone, h.title, h.isMember ? '党员' : '非党员组织者'].filter(Boolean).join(' · ')}
          </View>
          <View className="muted">
            {h.since ? `${whenText(h.since)} 起 · ${h.grantedByName ?? '—'}${h.via ? `（${viaLabels[h.via]}）` : ''}` : '授予时间未记录'}
          </View>
          {canRevoke(h) ? (
            <View className="actions">
              <View className="btn btn-small btn-plain" onClick={() => void revoke(h)}>撤销</View>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
