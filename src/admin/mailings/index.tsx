import { useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { BatchForm } from '@/features/mailing/batch-form';
import { BatchRow } from '@/features/mailing/batch-row';
import { listMailings } from '@/features/mailing/mailing.api';
import { PagedList } from '@/features/shared/paged-list';
import { usePaged } from '@/features/shared/use-paged';

/** 学习资料寄送 (organisers): register a batch for members in his scope, follow each batch's sent and received counts. */
export default function MailingsPage() {
  const [created, setCreated] = useState(0);
  const list = usePaged((page) => listMailings(page), String(created));
  useReachBottom(list.more);
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">登记一批寄送</View>
        <BatchForm onCreated={() => setCreated((n) => n + 1)} />
      </View>
      <View className="card">
        <View className="card-title">寄送批次</View>
        <PagedList list={list} empty="还没有寄送记录">
          {(item) => <BatchRow key={item._id} item={item} />}
        </PagedList>
      </View>
    </View>
  );
}
