import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { NavSection } from './nav-entries';

/**
 * A titled card of navigation tiles, in one grid per section (a section's heading only when it has
 * a title). `counts` (by page path) marks a tile with the 待办 waiting behind it.
 */
export function NavGrid({ title, sub, sections, counts = {} }: { title: string; sub?: string; sections: NavSection[]; counts?: Record<string, number> }) {
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
                {counts[e.url.split('?')[0]] ? <View className="nav-count">{counts[e.url.split('?')[0]]}</View> : null}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
