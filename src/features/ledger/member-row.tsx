import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { StatusBadge } from '../shared/status-badge';

/** One ledger line; opens the member's record. */
export function MemberRow({ member }: { member: MemberView }) {
  const open = () => void Taro.navigateTo({ url: `/admin/member/index?id=${member._id}` });
  return (
    <View className="row" onClick={open}>
      <View>
        <View>
          <Text>{member.name}</Text>
          <Text className="muted"> {member.gender} · {member.city}</Text>
        </View>
        <View className="muted">
          {member.phone ?? ''} {member.employer ?? ''} {member.tags.map((t) => `#${t}`).join(' ')}
        </View>
        {member.ended ? <View className="muted">已结束流动（{member.mobility?.reason}）</View> : null}
      </View>
      <StatusBadge status={member.status} since={member.lostContactAt ?? undefined} />
    </View>
  );
}
