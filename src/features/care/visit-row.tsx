import { View } from '@tarojs/components';
import type { Visit } from '@/domain/care/care.schema';

/** One logged visit: whose family, when, by whom, what was given or solved. */
export function VisitRow({ visit }: { visit: Visit }) {
  return (
    <View className="history-item">
      <View>
        <View className="tag">{visit.day}</View>
        {visit.memberName} 家
        {visit.amountFen ? <View className="muted" style={{ display: 'inline' }}> · 慰问金 {visit.amountFen / 100} 元</View> : null}
      </View>
      <View className="mt-8">{visit.given}</View>
      <View className="muted">走访人：{visit.visitors.join('、')}</View>
    </View>
  );
}
