import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ProfileEditor } from '@/features/member/profile-editor';
import { ProfileView } from '@/features/member/profile-view';
import { callerOfMe, loadMe } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { MobilityCard } from '@/features/transfer/mobility-card';

/**
 * My 一人一档: read it, keep it current (city, employer, card expiry change as members move), and
 * end my mobile status when I go home (or reopen it). An ended record is read-only.
 */
export default function ProfilePage() {
  const me = useRemote(loadMe);
  const [editing, setEditing] = useState(false);
  const reload = () => {
    setEditing(false);
    void me.reload();
  };
  return (
    <View className="page">
      <LoadState remote={me}>
        {(m) =>
          m.member ? (
            <View>
              <View className="card">
                {editing ? (
                  <ProfileEditor member={m.member} onCancel={() => setEditing(false)} onSaved={reload} />
                ) : (
                  <View>
                    <ProfileView member={m.member} />
                    {m.member.ended ? null : <SubmitButton text="编辑档案" onClick={() => setEditing(true)} />}
                    <View className="btn btn-plain mt-8" onClick={() => void Taro.navigateTo({ url: '/pages/mediations/index' })}>
                      我的调解维权
                    </View>
                  </View>
                )}
              </View>
              <MobilityCard member={m.member} caller={callerOfMe(m)} onChanged={reload} />
            </View>
          ) : (
            <View className="empty">你还没有加入云支部，扫描支部二维码即可加入。</View>
          )
        }
      </LoadState>
    </View>
  );
}
