import { View } from '@tarojs/components';
import type { CandidateView } from '@/contracts/award';
import { CandidateCard } from './candidate-card';

interface Props {
  candidates: CandidateView[];
  /** Given while the caller may vote: a vote button on each candidate he has not voted for. */
  onVote?: (candidateId: string) => void;
  /** The candidate whose vote is being sent (his button shows busy). */
  busyId?: string;
}

/** A campaign's candidates, or a word that there are none yet. */
export function CandidateList({ candidates, onVote, busyId }: Props) {
  if (!candidates.length) return <View className="empty">暂无候选</View>;
  return (
    <View>
      {candidates.map((x) => (
        <CandidateCard key={x.candidateId} candidate={x} busy={busyId === x.candidateId} onVote={onVote ? () => onVote(x.candidateId) : undefined} />
      ))}
    </View>
  );
}
