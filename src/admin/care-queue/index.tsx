import { useState } from 'react';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { careKinds, caseStates, type CareKind, type CaseState } from '@/domain/care/care.schema';
import { stateLabels } from '@/domain/care/care-labels';
import { CaseRow } from '@/features/care/case-row';
import { asOptions, Chips } from '@/features/shared/form-fields';
import { PagedList } from '@/features/shared/paged-list';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { useShowCount } from '@/features/shared/use-show-count';
import { listCareCases } from '@/features/care/care.api';

const ALL = 'all';
type Choice<T extends string> = T | typeof ALL;

/** 关怀帮扶 (organisers): the cases of my branches / villages, filtered by state and kind; a tap opens one. */
export default function CareQueuePage() {
  const [state, setState] = useState<Choice<CaseState>>(ALL);
  const [kind, setKind] = useState<Choice<CareKind>>(ALL);
  // The 待办 entry opens the cases assigned to me.
  const [mineOnly, setMineOnly] = useState<'all' | 'mine'>(useRouter().params.assignedToMe ? 'mine' : 'all');
  const filter = {
    ...(state !== ALL ? { state } : {}),
    ...(kind !== ALL ? { kind } : {}),
    ...(mineOnly === 'mine' ? { assignedToMe: true } : {}),
  };
  const shows = useShowCount();
  const list = usePaged((page) => listCareCases({ ...filter, ...page }), `${JSON.stringify(filter)}:${shows}`);
  useReachBottom(list.more);
  return (
    <View className="page">
      <View className="card">
        <Chips options={[{ value: 'all', label: '全部求助' }, { value: 'mine', label: '我负责的' }]} value={mineOnly} onChange={setMineOnly} />
        <Chips options={[{ value: ALL, label: '全部状态' }, ...asOptions(caseStates, stateLabels)]} value={state} onChange={setState} />
        <Chips options={[{ value: ALL, label: '全部类型' }, ...asOptions(careKinds)]} value={kind} onChange={setKind} />
      </View>
      <View className="card">
        <PagedList list={list} empty="没有符合条件的求助">
          {(item) => <CaseRow key={item._id} item={item} showMember />}
        </PagedList>
      </View>
      <SubmitButton text="代党员提交求助" plain onClick={() => void Taro.navigateTo({ url: '/pages/care-file/index?onBehalf=1' })} />
    </View>
  );
}
