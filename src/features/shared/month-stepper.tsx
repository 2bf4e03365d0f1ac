import { View } from '@tarojs/components';
import { shiftMonth } from '@/domain/study/calendar.rules';

interface Props {
  month: string;
  onChange: (month: string) => void;
  /** What stands between the arrows (default: the month itself). */
  label?: string;
  /** Extra classes (spacing helpers of app.css). */
  className?: string;
}

/** ‹ YYYY-MM ›: steps a month back or forward. */
export function MonthStepper({ month, onChange, label, className }: Props) {
  return (
    <View className={className ? `cal-head ${className}` : 'cal-head'}>
      <View className="cal-nav" onClick={() => onChange(shiftMonth(month, -1))}>‹</View>
      <View>{label ?? month}</View>
      <View className="cal-nav" onClick={() => onChange(shiftMonth(month, 1))}>›</View>
    </View>
  );
}
