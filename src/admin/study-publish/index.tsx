import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { loadPublishContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { PrivacySheet } from '@/features/shared/privacy-sheet';
import { useRemote } from '@/features/shared/use-remote';
import { PublishForm, type Published } from '@/features/study/publish-form';
import { PublishedLinks } from '@/features/study/published-links';
import { getStudyPush } from '@/features/study/study.api';

/**
 * County and branch secretaries publish study material to those they lead; `?id=` edits a
 * scheduled push. Once published, the page shows where it went instead of an empty form.
 */
export default function StudyPublishPage() {
  const editId = useRouter().params.id;
  const data = useRemote(async () => {
    const [context, edited] = await Promise.all([loadPublishContext(), editId ? getStudyPush({ pushId: editId }) : null]);
    return { ...context, edited: edited?.push };
  });
  const [published, setPublished] = useState<Published | null>(null);
  const [round, setRound] = useState(0);
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ own, countyWide, openid, edited }) =>
          published ? (
            <View className="card">
              <PublishedLinks push={published} onAnother={() => { setPublished(null); setRound((n) => n + 1); }} />
            </View>
          ) : edited && (edited.withdrawnAt || edited.publishAt <= Date.now()) ? (
            <View className="card empty">{edited.withdrawnAt ? '该推送已撤回，不能再修改' : '该推送已发布，不能再修改；如需更正，请撤回后重新发布'}</View>
          ) : (
            <View className="card">
              <PublishForm key={round} tree={own} countyWide={countyWide} openid={openid} initial={round ? undefined : edited} onPublished={setPublished} />
            </View>
          )
        }
      </LoadState>
      <PrivacySheet />
    </View>
  );
}
