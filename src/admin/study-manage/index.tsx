import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PagedList } from '@/features/shared/paged-list';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { ManagedPushRow } from '@/features/study/managed-push-row';
import { managedStudyPushes } from '@/features/study/study.api';
import { studyPublishUrl } from '@/features/study/study-urls';

/** 我发布的学习: the pushes the organiser manages — scheduled, live, closed, withdrawn — with check-ins. */
export default function StudyManagePage() {
  const [round, setRound] = useState(0);
  const list = usePaged((page) => managedStudyPushes({ limit: 20, ...page }), String(round));
  // Back from editing a push: show it as saved (the first show is the first load itself).
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setRound((n) => n + 1);
    shown.current = true;
  });
  return (
    <View className="page">
      <SubmitButton text="发布新推送" onClick={() => void Taro.navigateTo({ url: studyPublishUrl })} />
      <View className="card">
        <PagedList list={list} empty="还没有您可管理的学习推送">
          {(p) => <ManagedPushRow key={p._id} push={p} onChanged={() => setRound((n) => n + 1)} />}
        </PagedList>
      </View>
    </View>
  );
}
