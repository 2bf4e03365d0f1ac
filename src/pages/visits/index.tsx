import { useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { VisitForm } from '@/features/care/visit-form';
import { VisitRow } from '@/features/care/visit-row';
import { SubmitButton } from '@/features/shared/submit-button';
import { usePaged } from '@/features/shared/use-paged';
import { call } from '@/services/cloud';

/** 走访慰问 (organisers): log a visit to a member's family; the visits of my units, newest first. */
export default function VisitsPage() {
  const [logged, setLogged] = useState(0);
  const list = usePaged((cursor) => call('visit.list', cursor ? { cursor } : {}), String(logged));
  useReachBottom(list.more);
  return (
    <View className="page">
      <VisitForm onLogged={() => setLogged((n) => n + 1)} />
      {list.error ? <View className="error-box">{list.error.message}</View> : null}
      <View className="card">
        <View className="card-title">走访记录</View>
        {list.items.map((v) => (
          <VisitRow key={v._id} visit={v} />
        ))}
        {!list.loading && !list.items.length && !list.error ? <View className="empty">还没有走访记录</View> : null}
        {list.loading ? <View className="empty">加载中…</View> : null}
      </View>
      {list.hasMore && !list.loading ? <SubmitButton text="加载更多" plain onClick={list.more} /> : null}
    </View>
  );
}
