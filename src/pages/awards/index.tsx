import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { mayManageAwards } from '@/domain/award/award-scope.rules';
import { CampaignForm } from '@/features/award/campaign-form';
import { campaignLine, campaignState } from '@/features/award/campaign-labels';
import { callerOfMe } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { call } from '@/services/cloud';

/** Every 评选 of the county: a member goes to vote while voting is open; otherwise to the campaign (candidates, results). */
export default function AwardsPage() {
  const data = useRemote(async () => {
    const [me, list] = await Promise.all([call('member.me'), call('award.list')]);
    return { caller: callerOfMe(me), items: list.items };
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
                  <View key={c._id} className="card" onClick={() => void Taro.navigateTo({ url: `/pages/${votes ? 'award-vote' : 'award'}/index?id=${c._id}` })}>
                    <View className="card-title">
                      {c.title}
                      <View className="card-sub">{campaignState(c)}</View>
                    </View>
                    <View className="muted">
                      {campaignLine(c)}
                      {votes ? ` · 您还有 ${c.votesLeft} 票` : ''}
                    </View>
                  </View>
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
