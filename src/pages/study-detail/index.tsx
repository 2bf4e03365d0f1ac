import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { minuteOf } from '@/domain/shared/day.rules';
import { LoadState } from '@/features/shared/load-state';
import { PrivacySheet } from '@/features/shared/privacy-sheet';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { CheckinForm } from '@/features/study/checkin-form';
import { MyCheckin } from '@/features/study/my-checkin';
import { PushBody } from '@/features/study/push-body';
import { useQueuedCheckins } from '@/features/study/use-queue';
import { loadMe } from '@/features/shared/caller-of-me';
import { getStudyPush } from '@/features/study/study.api';

/** A push to read, and its check-in: submit, see it, edit it while the window is open. */
export default function StudyDetailPage() {
  const pushId = useRouter().params.id ?? '';
  const queue = useQueuedCheckins();
  const data = useRemote(async () => {
    const [detail, me] = await Promise.all([getStudyPush({ pushId }), loadMe()]);
    return { ...detail, openid: me.openid, isMember: me.member !== null };
    // A queued check-in sent in the background changes what this page shows.
  }, [pushId, queue.length]);
  const [editing, setEditing] = useState(false);
  const queued = queue.some((q) => q.payload.pushId === pushId);

  return (
    <View className="page">
      <LoadState remote={data}>
        {({ push, mine, open, openid, isMember }) => (
          <View>
            <View className="card">
              <View className="muted">
                <Text className="tag">{push.kind}</Text>第 {push.issueNo} 期 · {push.author ? `主讲 ${push.author.name} · ` : ''}{push.publisherName} · {minuteOf(push.publishAt)}
              </View>
              <View className="hero-title my-16">{push.title}</View>
              <PushBody body={push.body} imageUrls={push.imageUrls} />
            </View>
            {isMember ? (
              <View className="card">
                <View className="card-title">
                  学习打卡
                  <View className="card-sub">截止 {push.dueDay}</View>
                </View>
                {queued ? <View className="queued">打卡已保存在本机，联网后自动提交。</View> : null}
                {mine && !editing ? (
                  <View>
                    <View className="badge-done mb-12">已打卡</View>
                    <MyCheckin checkin={mine} />
                    {open ? <SubmitButton text="修改打卡" plain onClick={() => setEditing(true)} /> : null}
                  </View>
                ) : queued && !editing ? null : open ? (
                  <CheckinForm
                    pushId={push._id}
                    openid={openid}
                    mine={mine}
                    onSent={() => {
                      setEditing(false);
                      void data.reload();
                    }}
                    onQueued={() => setEditing(false)}
                  />
                ) : (
                  <View className="muted">打卡已截止</View>
                )}
              </View>
            ) : null}
          </View>
        )}
      </LoadState>
      <PrivacySheet />
    </View>
  );
}
