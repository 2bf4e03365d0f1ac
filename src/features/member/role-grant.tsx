import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { canGrantRole } from '@/domain/auth/grant.rules';
import { roleLabels } from '@/domain/auth/role-labels';
import type { GrantRoleInput } from '@/domain/org/org.schema';
import { call } from '@/services/cloud';
import { useSubmit } from '../shared/use-submit';

/** The grants an organiser can hand this member, scoped to the member's own branch and village. */
const offers = (m: MemberView): { label: string; input: GrantRoleInput }[] => [
  { label: `${roleLabels.secretary}（${m.branchName ?? '本支部'}）`, input: { memberId: m._id, role: 'secretary', branchId: m.branchId } },
  { label: `${roleLabels.cadre}（${m.groupName ?? '本村'}）`, input: { memberId: m._id, role: 'cadre', groupId: m.groupId } },
  { label: roleLabels.county, input: { memberId: m._id, role: 'county' } },
];

/** County / sysadmin only: make a member a secretary, a village cadre or a county organiser. */
export function RoleGrant({ member, caller }: { member: MemberView; caller: Caller }) {
  const { run } = useSubmit();
  const allowed = offers(member).filter((o) => canGrantRole(caller, o.input.role));
  if (!allowed.length) return null;

  const grant = (o: (typeof allowed)[number]) =>
    run(async () => {
      const { confirm } = await Taro.showModal({ title: '授予角色', content: `确定将${member.name}设为${o.label}？` });
      if (!confirm) return;
      await call('org.grantRole', o.input);
      void Taro.showToast({ title: '已授予', icon: 'success' });
    });

  return (
    <View className="card">
      <View className="card-title">授予角色</View>
      <View className="nav-grid">
        {allowed.map((o) => (
          <View key={o.input.role} className="nav-item" onClick={() => void grant(o)}>
            {o.label}
          </View>
        ))}
      </View>
    </View>
  );
}
