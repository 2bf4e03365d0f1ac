import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { secretaryBranchIds } from '@/domain/auth/scope.rules';
import { mayManageEval } from '@/domain/evaluation/eval-scope.rules';
import { RoundForm } from '@/features/evaluation/round-form';
import { roundPeriod } from '@/features/evaluation/round-labels';
import { withCaller } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { listRounds } from '@/features/evaluation/evaluation.api';

const go = (url: string) => void Taro.navigateTo({ url });

/** 述职评议: the rounds the caller works on (county: all; reviewers: theirs), opening a round, and a secretary's own results. */
export default function EvalRoundsPage() {
  const data = useRemote(async () => {
    const [rounds, caller] = await withCaller(listRounds());
    return { caller, rounds: rounds.items };
  });
  const [opening, setOpening] = useState(false);
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ caller, rounds }) => (
          <View>
            {secretaryBranchIds(caller).length ? (
              <View className="card" onClick={() => go('/pages/eval-mine/index')}>
                <View className="card-title">我的述职评议结果 ›</View>
              </View>
            ) : null}
            {mayManageEval(caller) ? (
              <View className="card">
                {opening ? (
                  <RoundForm me={{ openid: caller.openid, name: caller.name ?? '我' }} onDone={() => { setOpening(false); void data.reload(); }} />
                ) : (
                  <View className="btn" onClick={() => setOpening(true)}>发起年度述职评议</View>
                )}
              </View>
            ) : null}
            {rounds.length ? (
              rounds.map((r) => (
                <View key={r._id} className="card">
                  <View className="card-title">
                    {r.title}
                    <View className="card-sub">{roundPeriod(r)}</View>
                  </View>
                  <View className="muted">
                    {r.evalueeCount} 位书记 · {r.reviewerCount} 位评委 · {r.criteria.map((c) => `${c.name}${c.weight}%`).join('、')}
                  </View>
                  <View className="row">
                    {r.isReviewer ? <View className="btn btn-small" onClick={() => go(`/pages/eval-score/index?id=${r._id}`)}>{r.status === 'open' ? '去评分' : '我的评分'}</View> : null}
                    {r.canManage ? <View className="btn btn-small btn-plain" onClick={() => go(`/admin/eval-round/index?id=${r._id}`)}>{r.status === 'open' ? '进度' : '结果'}</View> : null}
                  </View>
                </View>
              ))
            ) : (
              <View className="empty">没有需要您参与的述职评议</View>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
