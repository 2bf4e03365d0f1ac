import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { SuggestionView } from '@/contracts/hometown';
import { isFinalSuggestion, suggestionStatusLabels } from '@/domain/hometown/suggestion.rules';
import { minuteOf } from '@/domain/shared/day.rules';

/** One suggestion with its replies, as its author and its handlers see it; `children` adds the handler's tools. */
export function SuggestionItem({ item, showAuthor, children }: { item: SuggestionView; showAuthor?: boolean; children?: ReactNode }) {
  const badge = item.status === 'submitted' ? 'badge-todo' : isFinalSuggestion(item.status) ? 'badge-done' : 'badge-closed';
  return (
    <View className="history-item">
      <View className="item-head">
        <View>
          <Text className="tag">{item.category}</Text>
          <Text>{item.title}</Text>
        </View>
        <Text className={badge}>{suggestionStatusLabels[item.status]}</Text>
      </View>
      <View className="muted">
        {showAuthor ? `${item.authorName} · ` : ''}
        {item.villageName} · {minuteOf(item.createdAt)}
      </View>
      <View>{item.text}</View>
      {item.replies.map((r, i) => (
        <View key={i} className="card-sub">
          <Text className="muted">
            {r.byName || '组织'} 答复（{suggestionStatusLabels[r.status]}）{minuteOf(r.at)}：
          </Text>
          <Text>{r.text}</Text>
        </View>
      ))}
      {children}
    </View>
  );
}
