import { useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { VisitForm } from '@/features/care/visit-form';
import { VisitRow } from '@/features/care/visit-row';
import { PagedList } from '@/features/shared/paged-list';
import { usePaged } from '@/features/shared/use-paged';
import { listVisits } from '@/features/care/care.api';

/** 走访慰问 (organisers): log a visit to a member's family; the visits of my units, newest first. */
export default function VisitsPage() {
  const [logged, setLogged] = useState(0);
  const list = usePaged((page) => listVisits(page), String(logged));
  useReachBottom(list.more);
  return (
    <View className="page">
      <VisitForm onLogged={() => setLogged((n) => n + 1)} />
      <View className="card">
        <View className="card-title">走访记录</View>
        <PagedList list={list} empty="还没有走访记录">
          {(v) => <VisitRow key={v._id} visit={v} />}
        </PagedList>
      </View>
    </View>
  );
}
