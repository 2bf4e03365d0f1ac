import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import type { InvitationView } from '@/contracts/roles';
import type { Caller } from '@/domain/auth/grant';
import { canGrantRole } from '@/domain/auth/grant.rules';
import { roleLabels } from '@/domain/auth/role-labels';
import type { GrantableRole } from '@/domain/roles/roles.schema';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import { call } from '@/services/cloud';
import { asOptions, Chips, Field } from '../shared/form-fields';
import { MemberPicker, type PickedMember } from '../shared/member-picker';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';
import { InvitationQr } from '../shared/invitation-qr';
import type { RoleUnit } from './role-unit';
import { whenText } from '../shared/when-text';

interface Props {
  unit: RoleUnit;
  caller: Caller;
  invitations: InvitationView[];
  onChanged: () => void;
}

/**
 * Gives one of the unit's roles to a person: a member picked by name, or anyone by a signed,
 * single-use invitation (QR code or link) he accepts himself. Never by a typed user number.
 */
export function RoleGrantPanel({ unit, caller, invitations, onChanged }: Props) {
  const offered = unit.roles.filter((r) => canGrantRole(caller, r));
  const [role, setRole] = useState<GrantableRole>(offered[0] ?? unit.roles[0]);
  const [member, setMember] = useState<PickedMember | null>(null);
  const [invitation, setInvitation] = useState<{ out: ActionOutput<'role.invite'>; role: GrantableRole }>();
  const grant = useSubmit();
  const invite = useSubmit();
  const cancel = useSubmit();
  if (!offered.length) return null;

  const grantMember = () =>
    grant.run(async () => {
      if (!member) throw new AppError(ClientErrorCodes.INPUT_INVALID, '请先选择党员', [{ path: 'memberId', message: '请先选择党员' }]);
      await call('org.grantRole', { memberId: member._id, role, ...unit.scope });
      void Taro.showToast({ title: '已授予', icon: 'success' });
      setMember(null);
      onChanged();
    });
  const makeInvitation = () =>
    invite.run(async () => {
      setInvitation({ out: await call('role.invite', { role, ...unit.scope }), role });
      onChanged();
    });
  const withdraw = (id: string) =>
    cancel.run(async () => {
      await call('role.cancelInvitation', { invitationId: id });
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      if (invitation?.out.invitationId === id) setInvitation(undefined);
      onChanged();
    });

  return (
    <View className="card">
      <View className="card-title">授予角色</View>
      {offered.length > 1 ? (
        <Field label="角色" required>
          <Chips options={asOptions(offered, roleLabels)} value={role} onChange={setRole} />
        </Field>
      ) : null}
      <MemberPicker label="选择党员" value={member} onChange={setMember} onClear={() => setMember(null)} error={grant.errors.memberId} />
      <SubmitButton text={`授予${roleLabels[role]}`} busy={grant.busy} onClick={() => void grantMember()} />
      <View className="muted mt-8">不是党员的组织者（如组织部干部、驻村干部）请用邀请：对方扫码或打开链接，填写姓名和手机号后接受。</View>
      <SubmitButton text="生成邀请二维码" plain busy={invite.busy} onClick={() => void makeInvitation()} />
      {invitation ? <InvitationQr invitation={invitation.out} role={invitation.role} unitName={unit.label} /> : null}
      {invitations.length ? (
        <View className="mt-8">
          <View className="card-sub">待接受的邀请</View>
          {invitations.map((i) => (
            <View key={i._id} className="history-item">
              <View className="item-head">
                <View>{roleLabels[i.role]} · {i.createdByName ?? '—'} 发出</View>
                <View className="btn btn-small btn-plain" onClick={() => void withdraw(i._id)}>撤回</View>
              </View>
              <View className="muted">{whenText(i.expiresAt)} 前有效</View>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
