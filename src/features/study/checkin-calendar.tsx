import { Text, View } from '@tarojs/components';
import { monthGrid } from '@/domain/study/calendar.rules';

interface Props {
  month: string;
  days: string[];
  today: string;
  onShift: (delta: -1 | 1) => void;
}

const weekdays = ['一', '二', '三', '四', '五', '六', '日'];

/** The month grid with check-in days marked (Shanghai days, from the function). */
export function CheckinCalendar({ month, days, today, onShift }: Props) {
  const marked = new Set(days);
  const [y, m] = month.split('-');
  return (
    <View className="cal">
      <View className="cal-head">
        <Text className="cal-nav" onClick={() => onShift(-1)}>‹</Text>
        <Text>{`${y}年${Number(m)}月`}</Text>
        <Text className="cal-nav" onClick={() => onShift(1)}>›</Text>
      </View>
      <View className="cal-row">
        {weekdays.map((w) => (
          <View key={w} className="cal-cell cal-weekday">{w}</View>
        ))}
      </View>
      {monthGrid(month).map((week) => (
        <View key={week[0].day} className="cal-row">
          {week.map((c) => {
            const cls = ['cal-cell', c.inMonth ? '' : 'cal-out', marked.has(c.day) ? 'cal-on' : '', c.day === today ? 'cal-today' : ''];
            return (
              <View key={c.day} className={cls.filter(Boolean).join(' ')} data-day={c.day}>
                {Number(c.day.slice(8))}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
