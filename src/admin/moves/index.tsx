import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { toastError } from '@/features/shared/error-message';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { DecisionButtons } from '@/features/transfer/decision-buttons';
import { JoinRequestRow } from '@/features/transfer/join-request-row';
import { TransferRow } from '@/features/transfer/transfer-row';
import { cancelTransfer, decideJoin, decideTransfer, loadWaitingMoves } from '@/features/transfer/transfer.api';

/**
 * A secretary's (or the county's) waiting moves: joins to approve, transfers into his branches to
 * approve or refuse, and his members' transfers out while the other side decides.
 */
export default function MovesPage() {
  const data = useRemote(loadWaitingMoves);
  const done = (title: string) => {
    void Taro.showToast({ title, icon: 'success' });
    void data.reload();
  };
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ joins, incoming, outgoing }) => (
          <View>
            <View className="card">
              <View className="card-title">入支部审核（{joins.length}）</View>
              {joins.length ? null : <View className="muted">暂无待审核的入支部申请</View>}
              {joins.map((r) => (
                <JoinRequestRow key={r._id} request={r}>
                  <DecisionButtons
                    decide={async (approve, note) => {
                      await decideJoin(r._id, approve, note);
                      done(approve ? '已同意加入' : '已退回');
                    }}
                  />
                </JoinRequestRow>
              ))}
            </View>
            <View className="card">
              <View className="card-title">转入待审核（{incoming.length}）</View>
              {incoming.length ? null : <View className="muted">暂无转入申请</View>}
              {incoming.map((t) => (
                <TransferRow key={t._id} transfer={t}>
                  <DecisionButtons
                    approveText="同意转入"
                    decide={async (approve, note) => {
                      await decideTransfer(t._id, approve, note);
                      done(approve ? '已转入' : '已退回');
                    }}
                  />
                </TransferRow>
              ))}
            </View>
            <View className="card">
              <View className="card-title">转出待对方审核（{outgoing.length}）</View>
              {outgoing.length ? null : <View className="muted">暂无转出中的党员</View>}
              {outgoing.map((t) => (
                <TransferRow key={t._id} transfer={t}>
                  {t.kind === 'release' ? (
                    <SubmitButton
                      text="撤回转出"
                      plain
                      onClick={() =>
                        void cancelTransfer(t._id).then(() => done('已撤回'), toastError)
                      }
                    />
                  ) : null}
                </TransferRow>
              ))}
            </View>
          </View>
        )}
      </LoadState>
    </View>
  );
}
