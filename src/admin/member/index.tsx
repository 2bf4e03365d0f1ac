import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { canEditMember } from '@/domain/member/edit.rules';
import { MemberActivityCard } from '@/features/activity/member-activity-card';
import { ChangeHistory } from '@/features/member/change-history';
import { OrganizerFieldsEditor } from '@/features/member/organizer-fields-editor';
import { ProfileEditor } from '@/features/member/profile-editor';
import { ProfileView } from '@/features/member/profile-view';
import { RoleGrant } from '@/features/member/role-grant';
import { MobilityCard } from '@/features/transfer/mobility-card';
import { MoveCard } from '@/features/transfer/move-card';
import { loadOrgTree, withCaller } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { getMember } from '@/features/member/member.api';

/**
 * One member's record for an organiser: details, status and tags, moving him (转接), ending his
 * mobile status, roles, and the change history. An ended record is read-only until reopened.
 */
export default function MemberPage() {
  const memberId = useRouter().params.id ?? '';
  const data = useRemote(async () => {
    const [[record, tree], caller] = await withCaller(Promise.all([getMember({ memberId }), loadOrgTree()]));
    return { ...record, tree, caller };
  }, [memberId]);
  const [editing, setEditing] = useState(false);
  const saved = () => {
    setEditing(false);
    void data.reload();
  };

  return (
    <View className="page">
      <LoadState remote={data}>
        {({ member, history, tree, caller }) => {
          const manages = canEditMember(caller, member, { status: member.status }) && !member.ended;
          return (
            <View>
              <View className="card">
                {editing ? (
                  <ProfileEditor member={member} memberId={member._id} onSaved={saved} onCancel={() => setEditing(false)} />
                ) : (
                  <View>
                    <ProfileView member={member} />
                    {manages ? <SubmitButton text="修改档案" plain onClick={() => setEditing(true)} /> : null}
                  </View>
                )}
              </View>
              {manages ? (
                <View className="card">
                  <View className="card-title">联系状态与标签</View>
                  <OrganizerFieldsEditor key={member.updatedAt} member={member} onSaved={saved} />
                </View>
              ) : null}
              <MoveCard member={member} caller={caller} tree={tree} onMoved={saved} />
              <MobilityCard member={member} caller={caller} onChanged={saved} />
              <RoleGrant member={member} caller={caller} />
              <MemberActivityCard memberId={member._id} />
              <View className="card">
                <View className="card-title">修改记录</View>
                <ChangeHistory history={history} />
              </View>
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
