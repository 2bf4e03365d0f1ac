import { useState } from 'react';
import { View } from '@tarojs/components';
import { listCards } from '@/features/card/card.api';
import { CardListRow } from '@/features/card/card-list-item';
import { CardRecordForm } from '@/features/card/card-record-form';
import { Chips } from '@/features/shared/form-fields';
import { PagedList } from '@/features/shared/paged-list';
import { usePaged } from '@/features/shared/use-paged';

type State = 'expired' | 'expiring';
const states: { value: State; label: string }[] = [
  { value: 'expired', label: '已过期' },
  { value: 'expiring', label: '30 天内到期' },
];

/**
 * 活动证管理 for the county and branch secretaries: issue, renew and record 年审; the lapsed cards
 * (the county's, or his branches') and those lapsing within 30 days.
 */
export default function CardsAdminPage() {
  const [state, setState] = useState<State>('expired');
  const [round, setRound] = useState(0);
  const list = usePaged((page) => listCards({ state, ...page }), `${state}:${round}`);
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">办理活动证</View>
        <CardRecordForm onRecorded={() => setRound((n) => n + 1)} />
      </View>
      <View className="card">
        <Chips options={states} value={state} onChange={setState} />
        <PagedList list={list} empty={state === 'expired' ? '没有过期的活动证' : '30 天内没有到期的活动证'}>
          {(item) => <CardListRow key={item.memberId} item={item} />}
        </PagedList>
      </View>
    </View>
  );
}
