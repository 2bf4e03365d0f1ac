import { useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { MediationRow } from '@/features/mediation/case-row';
import { listMediations } from '@/features/mediation/mediation.api';
import { OpenForm } from '@/features/mediation/open-form';
import { asOptions, Chips } from '@/features/shared/form-fields';
import { PagedList } from '@/features/shared/paged-list';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';

type Filter = 'open' | 'closed' | 'all';
const filterLabels: Record<Filter, string> = { open: '办理中', closed: '已结案', all: '全部' };

/** 乡音工作室 · 调解维权 (organisers): register a dispute for a member or the 老乡 he brings; follow the cases of his units. */
export default function MediationPage() {
  const [filter, setFilter] = useState<Filter>('open');
  const [opened, setOpened] = useState(0);
  const [adding, setAdding] = useState(false);
  const list = usePaged((page) => listMediations({ ...(filter === 'all' ? {} : { open: filter === 'open' }), ...page }), `${filter}-${opened}`);
  useReachBottom(list.more);
  return (
    <View className="page">
      <View className="card">
        {adding ? (
          <OpenForm
            onOpened={() => {
              setAdding(false);
              setOpened((n) => n + 1);
            }}
          />
        ) : (
          <SubmitButton text="登记调解" onClick={() => setAdding(true)} />
        )}
      </View>
      <View className="card">
        <Chips options={asOptions(['open', 'closed', 'all'] as const, filterLabels)} value={filter} onChange={setFilter} />
        <PagedList list={list} empty="暂无调解案件">
          {(item) => <MediationRow key={item._id} item={item} />}
        </PagedList>
      </View>
    </View>
  );
}
