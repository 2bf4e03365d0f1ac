import { useState } from 'react';
import { View } from '@tarojs/components';
import type { LessonView } from '@/contracts/lesson';
import { LessonForm } from '@/features/lesson/lesson-form';
import { LessonRow } from '@/features/lesson/lesson-row';
import { listLessons } from '@/features/lesson/lesson.api';
import { loadMe } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { PagedList } from '@/features/shared/paged-list';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { useRemote } from '@/features/shared/use-remote';

/** 微党课 (member): submit a short lesson for the branch secretary to review; follow its state, rework one returned. */
export default function LessonsPage() {
  const me = useRemote(loadMe);
  const [sent, setSent] = useState(0);
  const [editing, setEditing] = useState<LessonView | null>(null);
  const list = usePaged((page) => listLessons({ mine: true, ...page }), String(sent));
  const done = () => {
    setEditing(null);
    setSent((n) => n + 1);
  };
  return (
    <View className="page">
      <LoadState remote={me}>
        {(m) => (
          <View className="card">
            <View className="card-title">{editing ? '修改微党课' : '我来讲微党课'}</View>
            <View className="muted mb-16">审核通过后，微党课将作为学习推送发给本支部党员，并署上您的名字。</View>
            <LessonForm key={editing?._id ?? `new-${sent}`} openid={m.openid} returned={editing ?? undefined} onSent={done} />
          </View>
        )}
      </LoadState>
      <View className="card">
        <View className="card-title">我的微党课</View>
        <PagedList list={list} empty="还没有提交微党课">
          {(item) => (
            <LessonRow key={item._id} item={item}>
              {item.can.resubmit ? <SubmitButton text="修改" plain onClick={() => setEditing(item)} /> : null}
            </LessonRow>
          )}
        </PagedList>
      </View>
    </View>
  );
}
