import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { isCountyWide } from '@/domain/auth/scope.rules';
import { callerOfMe } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { PublishForm } from '@/features/study/publish-form';
import { call } from '@/services/cloud';

/** County and branch secretaries publish study material to those they lead. */
export default function StudyPublishPage() {
  const data = useRemote(async () => {
    const [tree, me] = await Promise.all([call('org.tree'), call('member.me')]);
    const caller = callerOfMe(me);
    const countyWide = isCountyWide(caller);
    const own = new Set(caller.grants.flatMap((g) => (g.role === 'secretary' ? [g.branchId] : [])));
    return { tree: countyWide ? tree : { ...tree, branches: tree.branches.filter((b) => own.has(b._id)) }, countyWide };
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
