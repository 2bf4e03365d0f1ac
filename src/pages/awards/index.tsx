import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { mayManageAwards } from '@/domain/award/award-scope.rules';
import { CampaignForm } from '@/features/award/campaign-form';
import { CampaignHeader } from '@/features/award/campaign-header';
import { withCaller } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { listCampaigns } from '@/features/award/award.api';

/** Every 评选 of the county: a member goes to vote while voting is open; otherwise to the campaign (candidates, results). */
export default function AwardsPage() {
  const data = useRemote(async () => {
    const [list, caller] = await withCaller(listCampaigns());
    return { caller, items: list.items };
  });
  const [opening, setOpening] = useState(false);
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ caller, items }) => (
          <View>
            {mayManageAwards(caller) ? (
              <View className="card">
                {opening ? <CampaignForm onDone={() => { setOpening(false); void data.reload(); }} /> : <View className="btn" onClick={() => setOpening(true)}>发起评选</View>}
              </View>
            ) : null}
            {items.length ? (
              items.map((c) => {
                const votes = c.votingOpen && c.votesLeft !== null;
                return (
                  <CampaignHeader
                    key={c._id}
                    campaign={c}
                    detail={votes ? `您还有 ${c.votesLeft} 票` : undefined}
                    onClick={() => void Taro.navigateTo({ url: `/pages/${votes ? 'award-vote' : 'award'}/index?id=${c._id}` })}
                  />
                );
              })
            ) : (
              <View className="empty">暂无评选</View>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
