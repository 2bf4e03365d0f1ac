import { useState } from 'react';
import { View } from '@tarojs/components';
import { PagedList } from '@/features/shared/paged-list';
import { SuggestForm } from '@/features/hometown/suggest-form';
import { SuggestionItem } from '@/features/hometown/suggestion-item';
import { LoadState } from '@/features/shared/load-state';
import { usePaged } from '@/features/shared/use-paged';
import { useRemote } from '@/features/shared/use-remote';
import { useShowCount } from '@/features/shared/use-show-count';
import { listSuggestions } from '@/features/hometown/hometown.api';
import { loadOrgTree } from '@/features/shared/caller-of-me';

/** 我为家乡谋发展: a member suggests, and follows the answers to his suggestions. */
export default function SuggestPage() {
  const tree = useRemote(loadOrgTree);
  const [sent, setSent] = useState(0);
  const mine = usePaged((page) => listSuggestions(page), `${useShowCount()}:${sent}`);
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">我为家乡谋发展</View>
        <LoadState remote={tree}>{(t) => <SuggestForm groups={t.groups} onSubmitted={() => setSent((n) => n + 1)} />}</LoadState>
      </View>
      <View className="card">
        <View className="card-title">我的建议</View>
        <PagedList list={mine} empty="还没有提过建议">
          {(s) => <SuggestionItem key={s._id} item={s} />}
        </PagedList>
      </View>
    </View>
  );
}
