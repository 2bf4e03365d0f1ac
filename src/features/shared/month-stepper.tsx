import type { CSSProperties } from 'react';
import { View } from '@tarojs/components';
import { shiftMonth } from '@/domain/study/calendar.rules';

interface Props {
  month: string;
  onChange: (month: string) => void;
  /** What stands between the arrows (default: the month itself). */
  label?: string;
  style?: CSSProperties;
}

/** ‹ YYYY-MM ›: steps a month back or forward. */
export function MonthStepper({ month, onChange, label, style }: Props) {
  return (
    <View className="cal-head" style={style}>
      <View className="cal-nav" onClick={() => onChange(shiftMonth(month, -1))}>‹</View>
      <View>{label ?? month}</View>
      <View className="cal-nav" onClick={() => onChange(shiftMonth(month, 1))}>›</View>
    </View>
  );
}
