import { View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import type { ClaimCandidate } from '@/contracts/import';
import { call } from '@/services/cloud';
import { Row } from '../shared/row';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

interface Props {
  scene: string;
  candidate: ClaimCandidate;
  /** The phone as he typed it (the candidate shows it masked). */
  phone: string;
  onClaimed: (result: ActionOutput<'member.join'>) => void;
  onNotMe: () => void;
}

/** The county imported his record: he confirms it is his, and it becomes his without being typed again. */
export function ClaimCard({ scene, candidate, phone, onClaimed, onNotMe }: Props) {
  const { busy, run } = useSubmit();
  const claim = () =>
    run(async () => {
      const res = await call('member.claim', { scene, memberId: candidate.memberId, name: candidate.name, phone });
      onClaimed({ member: res.member, created: res.claimed });
    });
  return (
    <View className="card">
      <View className="card-title">找到你的党员档案</View>
      <View className="muted mb-8">县委组织部已从台账导入了你的档案，请核对是否本人：</View>
      <Row label="姓名" value={candidate.name} />
      <Row label="手机号" value={candidate.phone} />
      <Row label="家乡党小组" value={candidate.groupName} />
      <Row label="流入地" value={candidate.city} />
      <SubmitButton text="是我，认领档案" busy={busy} onClick={claim} />
      <SubmitButton text="不是我" plain onClick={onNotMe} />
    </View>
  );
}
