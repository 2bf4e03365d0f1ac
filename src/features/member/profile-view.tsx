import { Text, View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { memberFieldLabels as L } from '@/domain/member/member-labels';
import { Row } from '../shared/row';
import { StatusBadge } from '../shared/status-badge';

const shownFields = [
  'gender', 'phone', 'birthDate', 'partyJoinDate', 'originalOrg', 'city', 'employer', 'industry',
  'outflowDate', 'activityCardNo', 'activityCardExpiry', 'mailingAddress',
] as const;

/** The record read-only; masked values arrive masked from the function, never unmasked here. */
export function ProfileView({ member }: { member: MemberView }) {
  return (
    <View>
      <View className="card-title">
        <Text>{member.name}</Text>
        <StatusBadge status={member.status} since={member.lostContactAt ?? undefined} />
      </View>
      {member.tags.length ? (
        <View className="mb-8">
          {member.tags.map((t) => (
            <Text key={t} className="tag">{t}</Text>
          ))}
        </View>
      ) : null}
      {member.branchName ? <Row label={L.branchId} value={member.branchName} /> : null}
      {member.groupName ? <Row label={L.groupId} value={member.groupName} /> : null}
      {shownFields.map((f) => (
        <Row key={f} label={L[f]} value={member[f]} />
      ))}
    </View>
  );
}
