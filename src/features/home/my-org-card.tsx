import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MeView } from '@/contracts';
import { Row } from '../shared/row';
import { isOrganizer } from '../shared/caller-of-me';
import { PendingTransfer } from './pending-transfer';

/**
 * My cloud branch and my village's online group; or how to join when I have none yet — unless I
 * am an organiser (county staff are rarely mobile members: the join hint would only be noise).
 */
export function MyOrgCard({ me }: { me: MeView }) {
  if (!me.member || !me.branch) {
    if (me.joinRequest) {
      const r = me.joinRequest;
      return (
        <View className="card">
          <View className="card-title">{r.state === 'pending' ? '入支部申请待审核' : r.state === 'refused' ? '入支部申请未通过' : '入支部申请已通过'}</View>
          <Row label="申请加入" value={r.branchName} />
          {r.decisionNote ? <Row label="审核意见" value={r.decisionNote} /> : null}
          {r.state === 'refused' ? <View className="muted">可联系支部书记后重新扫码申请。</View> : null}
        </View>
      );
    }
    if (isOrganizer(me)) return null;
    return (
      <View className="card">
        <View className="card-title">尚未加入云支部</View>
        <View className="muted">请用微信扫描支部书记出示的“入支部二维码”，填写个人信息后即可加入所在城市的云支部和家乡的网上党小组。</View>
      </View>
    );
  }
  return (
    <View className="card">
      <View className="card-title">
        我的组织
        <View className="btn btn-plain btn-small" onClick={() => void Taro.navigateTo({ url: '/pages/profile/index' })}>
          我的档案
        </View>
      </View>
      <Row label={me.branch.kind} value={`${me.branch.name}（${me.branch.city}）`} />
      <Row label="支部书记" value={me.branch.secretaryName} />
      <Row label="网上党小组" value={me.group ? `${me.group.name}（${me.group.township}）` : null} />
      {me.member.ended ? <View className="muted mt-8">流动党员身份已结束（{me.member.mobility?.reason}），档案只读。</View> : null}
      {me.pendingTransfer ? <PendingTransfer transfer={me.pendingTransfer} /> : null}
    </View>
  );
}
