import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { Remote } from './use-remote';

/** Loading / error / content for a page's remote data, the same everywhere. */
export function LoadState<T>({ remote, children }: { remote: Remote<T>; children: (data: T) => ReactNode }) {
  if (remote.data !== null) {
    return (
      <>
        {remote.error ? <View className="error-box">{remote.error.message}</View> : null}
        {children(remote.data)}
      </>
    );
  }
  if (remote.error) {
    return (
      <View className="error-box" onClick={() => void remote.reload()}>
        {remote.error.message}（点击重试）
      </View>
    );
  }
  return <View className="empty">加载中…</View>;
}
