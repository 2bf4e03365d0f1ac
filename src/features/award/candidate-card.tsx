import { View } from '@tarojs/components';
import type { CandidateView } from '@/contracts/award';

interface Props {
  candidate: CandidateView;
  /** Shown when the caller may vote for this candidate now. */
  onVote?: () => void;
  busy?: boolean;
}

/** A candidate with the nominator's reason; the count only when the caller may see it. */
export function CandidateCard({ candidate: c, onVote, busy }: Props) {
  return (
    <View className="card">
      <View className="card-title">
        {c.name}
        <View className="card-sub">
          {c.sub}
          {c.votes !== null ? ` · ${c.votes} 票` : ''}
        </View>
      </View>
      <View>{c.reason}</View>
      <View className="muted">推荐人：{c.nominatorName ?? '组织'}</View>
      {c.votedByMe ? <View className="tag">已投票</View> : null}
      {onVote && !c.votedByMe ? (
        <View className="actions">
          <View className={busy ? 'btn btn-small btn-disabled' : 'btn btn-small'} onClick={() => !busy && onVote()}>
            投票
          </View>
        </View>
      ) : null}
    </View>
  );
}
