import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { isCountyWide, runsBranch } from '@/domain/auth/scope.rules';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { PublishForm } from '@/features/study/publish-form';

/** County and branch secretaries publish study material to those they lead. */
export default function StudyPublishPage() {
  const data = useRemote(async () => {
    const { tree, caller } = await loadOrgContext();
    return { tree: { ...tree, branches: tree.branches.filter((b) => runsBranch(caller, b._id)) }, countyWide: isCountyWide(caller) };
  });
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ tree, countyWide }) => (
          <View className="card">
            <PublishForm tree={tree} countyWide={countyWide} onPublished={() => void Taro.navigateBack()} />
          </View>
        )}
      </LoadState>
    </View>
  );
}
