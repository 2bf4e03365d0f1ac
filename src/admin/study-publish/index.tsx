import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { loadPublishContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { PublishForm } from '@/features/study/publish-form';

/** County and branch secretaries publish study material to those they lead. */
export default function StudyPublishPage() {
  const data = useRemote(loadPublishContext);
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ own, countyWide }) => (
          <View className="card">
            <PublishForm tree={own} countyWide={countyWide} onPublished={() => void Taro.navigateBack()} />
          </View>
        )}
      </LoadState>
    </View>
  );
}
