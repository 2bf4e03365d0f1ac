import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CandidateCard } from '@/features/award/candidate-card';
import { campaignLine, campaignState } from '@/features/award/campaign-labels';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';
import { call } from '@/services/cloud';

/** A member votes: candidates with their reasons, his votes left, one vote per candidate. */
export default function AwardVotePage() {
  const campaignId = useRouter().params.id ?? '';
  const data = useRemote(() => call('award.get', { campaignId }), [campaignId]);
  const { busy, run } = useSubmit();
  const [voting, setVoting] = useState<string>();
  const vote = (candidateId: string) =>
    run(async () => {
      setVoting(candidateId);
      try {
        await call('award.vote', { campaignId, candidateId });
      } finally {
        setVoting(undefined);
        await data.reload();
      }
    });
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ campaign: c, candidates }) => {
          const canVote = c.votingOpen && (c.votesLeft ?? 0) > 0;
          return (
            <View>
              <View className="card">
                <View className="card-title">
                  {c.title}
                  <View className="card-sub">{campaignState(c)}</View>
                </View>
                <View className="muted">{campaignLine(c)}</View>
                <View className="streak">
                  {c.votesLeft === null ? '加入支部后才能投票' : `您还有 ${c.votesLeft} 票`}
                </View>
              </View>
              {candidates.length ? (
                candidates.map((x) => <CandidateCard key={x.candidateId} candidate={x} busy={busy && voting === x.candidateId} onVote={canVote ? () => void vote(x.candidateId) : undefined} />)
              ) : (
                <View className="empty">暂无候选</View>
              )}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
