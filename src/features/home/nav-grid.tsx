import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { NavSection } from './nav-entries';

/** A titled card of navigation tiles, in one grid per section (a section's heading only when it has a title). */
export function NavGrid({ title, sub, sections }: { title: string; sub?: string; sections: NavSection[] }) {
  return (
    <View className="card">
      <View className="card-title">
        {title}
        {sub ? <View className="card-sub">{sub}</View> : null}
      </View>
      {sections.map((s, i) => (
        <View key={s.title ?? i} className="nav-section">
          {s.title ? <View className="nav-section-title">{s.title}</View> : null}
          <View className="nav-grid">
            {s.entries.map((e) => (
              <View key={e.url} className="nav-item" onClick={() => void Taro.navigateTo({ url: e.url })}>
                {e.label}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
