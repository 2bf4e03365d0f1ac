import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { JoinForm } from '@/features/join/join-form';
import { useJoinScene } from '@/features/join/read-scene';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { previewJoin } from '@/features/join/join.api';

const goHome = () => void Taro.reLaunch({ url: '/pages/home/index' });

/** Opened from a branch's QR code: shows the branch, takes the profile, joins. */
export default function JoinPage() {
  const scene = useJoinScene();
  const preview = useRemote(() => (scene ? previewJoin({ scene }) : Promise.resolve(null)), [scene]);
  const [joined, setJoined] = useState<ActionOutput<'member.join'>>();

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

  if (joined) {
    return (
      <View className="page">
        <View className="card success">
          <View className="success-title">加入成功</View>
          <View className="muted mt-12">
            {joined.created ? `欢迎加入${preview.data?.branch.name ?? '云支部'}！` : '你的档案已在支部中，无需重复加入。'}
          </View>
        </View>
        <SubmitButton text="进入首页" onClick={goHome} />
      </View>
    );
  }

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
            {p.alreadyJoined ? (
              <View className="card">
                <Text>你已加入云支部，每名党员只需加入一次。</Text>
                <SubmitButton text="返回首页" onClick={goHome} />
              </View>
            ) : (
              <JoinForm scene={scene} preview={p} onJoined={setJoined} />
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
