import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { NavEntry } from './nav-entries';

/** A titled card of navigation tiles. */
export function NavGrid({ title, sub, entries }: { title: string; sub?: string; entries: NavEntry[] }) {
  return (
    <View className="card">
      <View className="card-title">
        {title}
        {sub ? <View className="card-sub">{sub}</View> : null}
      </View>
      <View className="nav-grid">
        {entries.map((e) => (
          <View key={e.url} className="nav-item" onClick={() => void Taro.navigateTo({ url: e.url })}>
            {e.label}
          </View>
        ))}
      </View>
    </View>
  );
}
