import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CampaignHeader } from '@/features/award/campaign-header';
import { CandidateList } from '@/features/award/candidate-list';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';
import { getCampaign, voteFor } from '@/features/award/award.api';

/** A member votes: candidates with their reasons, his votes left, one vote per candidate. */
export default function AwardVotePage() {
  const campaignId = useRouter().params.id ?? '';
  const data = useRemote(() => getCampaign({ campaignId }), [campaignId]);
  const { busy, run } = useSubmit();
  const [voting, setVoting] = useState<string>();
  const vote = (candidateId: string) =>
    run(async () => {
      setVoting(candidateId);
      try {
        await voteFor({ campaignId, candidateId });
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
              <CampaignHeader campaign={c}>
                <View className="streak">{c.votesLeft === null ? '加入支部后才能投票' : `您还有 ${c.votesLeft} 票`}</View>
              </CampaignHeader>
              <CandidateList candidates={candidates} busyId={busy ? voting : undefined} onVote={canVote ? (id) => void vote(id) : undefined} />
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
