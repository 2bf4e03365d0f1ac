import Taro, { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CaseRow } from '@/features/care/case-row';
import { PagedList } from '@/features/shared/paged-list';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { useShowCount } from '@/features/shared/use-show-count';
import { listCareCases } from '@/features/care/care.api';

/** 困难求助 (member): ask for help, and follow my cases; a tap shows a case's progress. */
export default function CarePage() {
  // Back from filing or from a case: refresh the states.
  const list = usePaged((page) => listCareCases({ mine: true, ...page }), String(useShowCount()));
  useReachBottom(list.more);
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">遇到困难，组织帮您</View>
        <View className="muted mb-16">子女上学、老人就医、工伤、欠薪维权、就业等困难，都可以向党组织求助。</View>
        <SubmitButton text="我要求助" onClick={() => void Taro.navigateTo({ url: '/pages/care-file/index' })} />
      </View>
      <View className="card">
        <View className="card-title">我的求助</View>
        <PagedList list={list} empty="还没有求助记录">
          {(item) => <CaseRow key={item._id} item={item} />}
        </PagedList>
      </View>
    </View>
  );
}
