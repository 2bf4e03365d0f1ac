import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { AppError } from '@/domain/shared/app-error';
import { SubmitButton } from './submit-button';

interface Props<T> {
  list: { items: T[]; hasMore: boolean; loading: boolean; error: AppError | null; more: () => void };
  empty: string;
  children: (item: T) => ReactNode;
}

/** A usePaged list's states in one place: error, items, empty, loading, and a load-more button. */
export function PagedList<T>({ list, empty, children }: Props<T>) {
  return (
    <View>
      {list.error ? <View className="error-box">{list.error.message}</View> : null}
      {list.items.map(children)}
      {!list.loading && !list.items.length && !list.error ? <View className="empty">{empty}</View> : null}
      {list.loading ? <View className="empty">加载中…</View> : null}
      {list.hasMore && !list.loading ? <SubmitButton text="加载更多" plain onClick={list.more} /> : null}
    </View>
  );
}
