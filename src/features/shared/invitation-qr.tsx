import { Image, Text, View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { roleLabels } from '@/domain/auth/role-labels';
import type { GrantableRole } from '@/domain/roles/roles.schema';
import { appLink, useQrSvg } from './use-qr-svg';
import { whenText } from './when-text';

type Invitation = ActionOutput<'role.invite'>;

/** A fresh role invitation as a QR code and a link to send (角色管理, co-management): the invitee opens it and accepts. */
export function InvitationQr({ invitation, role, unitName }: { invitation: Invitation; role: GrantableRole; unitName: string }) {
  const link = appLink(`${invitation.page}?t=${encodeURIComponent(invitation.token)}`);
  const src = useQrSvg(link);
  return (
    <View className="card" style={{ textAlign: 'center' }}>
      <View className="card-title">邀请担任{roleLabels[role]}（{unitName}）</View>
      {src ? <Image className="qr" src={src} mode="aspectFit" /> : null}
      <View className="muted">请被邀请人用微信扫码，或把链接发给他；仅限一人使用，{whenText(invitation.expiresAt)} 前有效</View>
      <View className="muted break-all mt-8">
        邀请链接：<Text userSelect>{link}</Text>
      </View>
    </View>
  );
}
