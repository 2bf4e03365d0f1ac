import { Text, View } from '@tarojs/components';
import type { MergedSheet } from '@/contracts';
import { openLink } from '../shared/open-link';

/** The month's 提示单: the county's theme and agenda, then what the branch added. */
export function PromptSheet({ sheet, duesReminder }: { sheet: MergedSheet; duesReminder?: string | null }) {
  return (
    <View className="card">
      <View className="card-title">本月提示单</View>
      <View className="push-h" style={{ marginTop: 0 }}>{sheet.theme ?? '主题待县委组织部发布'}</View>
      {sheet.agenda.map((item, i) => (
        <View key={i} className="row">
          <Text>{i + 1}. {item}</Text>
        </View>
      ))}
      {sheet.links.map((l) => (
        <View key={l.url} className="push-link" onClick={() => openLink(l.url)}>【链接】{l.title}</View>
      ))}
      {duesReminder ? <View className="row hint dues-reminder">{duesReminder}</View> : null}
    </View>
  );
}
