import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CampaignHeader } from '@/features/award/campaign-header';
import { CandidateList } from '@/features/award/candidate-list';
import { NominateForm } from '@/features/award/nominate-form';
import { RankingTable } from '@/features/award/ranking-table';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';
import { campaignResults, closeCampaign, getCampaign } from '@/features/award/award.api';

/**
 * One campaign: organisers nominate while nominations are open; the county closes and publishes;
 * the ranked results for the county at any time and for everyone once published.
 */
export default function AwardPage() {
  const campaignId = useRouter().params.id ?? '';
  const data = useRemote(async () => {
    const got = await getCampaign({ campaignId });
    const results = got.canManage || got.campaign.status === 'published' ? await campaignResults({ campaignId }) : null;
    return { ...got, results };
  }, [campaignId]);
  const { busy, run } = useSubmit();
  const move = (publish: boolean) =>
    run(async () => {
      const { confirm } = await Taro.showModal({ title: publish ? '公布结果' : '结束投票', content: publish ? '公布后全体党员可见结果，评选不能再更改。' : '结束后不能再投票。' });
      if (!confirm) return;
      await closeCampaign({ campaignId, publish });
      await data.reload();
    });
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ campaign: c, candidates, canNominate, canManage, results }) => (
          <View>
            <CampaignHeader campaign={c} detail={`投票 ${c.voteStartDay} 至 ${c.voteEndDay}`}>
              {c.votingOpen && c.votesLeft !== null ? (
                <View className="actions">
                  <View className="btn btn-small" onClick={() => void Taro.navigateTo({ url: `/pages/award-vote/index?id=${c._id}` })}>去投票</View>
                </View>
              ) : null}
            </CampaignHeader>
            {canNominate && c.nominationOpen ? (
              <View className="card">
                <View className="card-title">推荐候选</View>
                <NominateForm campaign={c} onDone={() => void data.reload()} />
              </View>
            ) : null}
            {canManage && c.status !== 'published' ? (
              <View className="card">
                {c.status === 'open' ? <SubmitButton text="结束投票" plain busy={busy} onClick={() => void move(false)} /> : null}
                <SubmitButton text="公布结果" busy={busy} onClick={() => void move(true)} />
              </View>
            ) : null}
            {results ? <RankingTable rows={results.rows} voters={results.voters} /> : null}
            {!results ? <CandidateList candidates={candidates} /> : null}
          </View>
        )}
      </LoadState>
    </View>
  );
}
