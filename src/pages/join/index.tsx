import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { JoinForm } from '@/features/join/join-form';
import { useJoinScene } from '@/features/join/read-scene';
import { TransferOffer } from '@/features/join/transfer-offer';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { previewJoin } from '@/features/join/join.api';

const goHome = () => void Taro.reLaunch({ url: '/pages/home/index' });

function Done({ title, text }: { title: string; text: string }) {
  return (
    <View className="page">
      <View className="card success">
        <View className="success-title">{title}</View>
        <View className="muted mt-12">{text}</View>
      </View>
      <SubmitButton text="进入首页" onClick={goHome} />
    </View>
  );
}

/**
 * Opened from a branch's QR code: shows the branch, takes the profile, joins (or files the join for
 * approval). A member of another branch is offered a transfer here instead.
 */
export default function JoinPage() {
  const scene = useJoinScene();
  const preview = useRemote(() => (scene ? previewJoin({ scene }) : Promise.resolve(null)), [scene]);
  const [joined, setJoined] = useState<ActionOutput<'member.join'>>();
  const [requested, setRequested] = useState<ActionOutput<'transfer.request'>>();
  const branchName = preview.data?.branch.name ?? '云支部';

  if (!scene) {
    return (
      <View className="page">
        <View className="card">
          <View className="card-title">链接缺少支部码</View>
          <View className="muted mt-12">这个入支部链接不完整，请重新扫描支部的二维码，或向支部书记索取完整的链接。</View>
          <SubmitButton text="返回首页" onClick={goHome} />
        </View>
      </View>
    );
  }
  if (joined?.request) return <Done title="已提交，待审核" text={`${branchName}需要书记审核新成员，审核通过后即可使用。`} />;
  if (joined) return <Done title="加入成功" text={joined.created ? `欢迎加入${branchName}！` : '你的档案已在支部中，无需重复加入。'} />;
  if (requested) return <Done title="转接申请已提交" text={`待${requested.transfer.to.branchName}书记审核，结果会显示在首页。`} />;

  return (
    <View className="page">
      <LoadState remote={preview}>
        {(p) => (
          p && <View>
            <View className="hero">
              <View className="hero-sub">{p.branch.kind} · {p.branch.city}</View>
              <View className="hero-title">{p.branch.name}</View>
              <View className="hero-sub">书记：{p.branch.secretaryName}</View>
            </View>
            {p.alreadyJoined && p.ownBranch ? (
              <View className="card">
                <Text>你已是{p.branch.name}的党员，无需重复加入。</Text>
                <SubmitButton text="返回首页" onClick={goHome} />
              </View>
            ) : p.alreadyJoined ? (
              <TransferOffer scene={scene} preview={p} onRequested={setRequested} />
            ) : (
              <View>
                {p.approval ? <View className="card muted">本支部新成员需书记审核，提交后请等待通知。</View> : null}
                <JoinForm scene={scene} preview={p} onJoined={setJoined} />
              </View>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
