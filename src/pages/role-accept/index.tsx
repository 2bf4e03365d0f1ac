import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { roleLabels } from '@/domain/auth/role-labels';
import { invitationStateLabels } from '@/domain/roles/invitation.rules';
import type { OrganiserProfile } from '@/domain/roles/roles.schema';
import { OrganiserProfileForm } from '@/features/roles/organiser-profile-form';
import { acceptInvitation, previewInvitation } from '@/features/roles/roles.api';
import { whenText } from '@/features/shared/when-text';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';

const goHome = () => void Taro.reLaunch({ url: '/pages/home/index' });

/** The invitation's token from the page query (`t`), URL-decoded when it was encoded twice. */
function useToken(): string {
  const raw = useRouter().params.t ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Opened from a role invitation (QR code or link): shows the role, takes the organiser profile if needed, accepts. */
export default function RoleAcceptPage() {
  const token = useToken();
  const preview = useRemote(() => previewInvitation(token), [token]);
  const [accepted, setAccepted] = useState(false);
  const { busy, errors, run } = useSubmit();
  const accept = (profile?: OrganiserProfile) =>
    run(async () => {
      await acceptInvitation(profile ? { token, profile } : { token });
      setAccepted(true);
    });

  if (accepted) {
    return (
      <View className="page">
        <View className="card success">
          <View className="success-title">已接受邀请</View>
          <View className="muted mt-12">你现在是{preview.data ? `${preview.data.unitName ?? ''}${roleLabels[preview.data.role]}` : '组织者'}，首页已显示相应的工作入口。</View>
        </View>
        <SubmitButton text="进入首页" onClick={goHome} />
      </View>
    );
  }

  return (
    <View className="page">
      <LoadState remote={preview}>
        {(p) => (
          <View>
            <View className="hero">
              <View className="hero-title">邀请你担任{roleLabels[p.role]}</View>
              <View className="hero-sub">{[p.unitName, p.invitedByName ? `邀请人：${p.invitedByName}` : null].filter(Boolean).join(' · ')}</View>
            </View>
            {p.state !== 'open' ? (
              <View className="error-box">该邀请{invitationStateLabels[p.state]}，请向邀请人索取新的邀请。</View>
            ) : p.held ? (
              <View className="card">
                <View className="muted">你已担任该角色，无需再次接受。</View>
                <SubmitButton text="进入首页" onClick={goHome} />
              </View>
            ) : (
              <View className="card">
                <View className="muted mb-16">
                  <Text>{whenText(p.expiresAt)} 前有效，仅限一人接受。</Text>
                </View>
                {p.needsProfile ? (
                  <View>
                    <View className="card-sub mb-16">请填写组织者资料，以便党员和其他组织者认出你</View>
                    <OrganiserProfileForm errors={errors} busy={busy} submitText="接受邀请" onSubmit={(profile) => void accept(profile)} />
                  </View>
                ) : (
                  <SubmitButton text="接受邀请" busy={busy} onClick={() => void accept()} />
                )}
              </View>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
