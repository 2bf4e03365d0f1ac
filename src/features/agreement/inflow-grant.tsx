import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { call } from '@/services/cloud';
import { InvitationQr } from '../shared/invitation-qr';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/**
 * The county gives an organiser of the inflow side his scoped account by invitation: he scans the
 * code (or opens the link), fills his name and phone, and accepts.
 */
export function InflowGrant({ agreementId, agreementName }: { agreementId: string; agreementName: string }) {
  const [invitation, setInvitation] = useState<ActionOutput<'role.invite'>>();
  const { busy, run } = useSubmit();
  const invite = () =>
    run(async () => {
      setInvitation(await call('role.invite', { role: 'inflow', agreementId }));
    });
  return (
    <View className="card">
      <View className="card-title">邀请共管方联络员</View>
      <SubmitButton text="生成邀请二维码" busy={busy} onClick={() => void invite()} />
      {invitation ? <InvitationQr invitation={invitation} role="inflow" unitName={agreementName} /> : null}
    </View>
  );
}
