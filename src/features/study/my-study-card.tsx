import { useState } from 'react';
import { View } from '@tarojs/components';
import { dayOf } from '@/domain/shared/day.rules';
import { monthOf, shiftMonth } from '@/domain/study/calendar.rules';
import { call } from '@/services/cloud';
import { LoadState } from '../shared/load-state';
import { useRemote } from '../shared/use-remote';
import { CheckinCalendar } from './checkin-calendar';
import { StreakLine } from './streak-line';

/**
 * My check-in calendar and streaks. Reloads on show (useRemote) and when the offline queue
 * changes (`queued`: its length), since a queued check-in sent in the background adds a mark.
 */
export function MyStudyCard({ queued }: { queued: number }) {
  const now = Date.now();
  const [month, setMonth] = useState(() => monthOf(now));
  const mine = useRemote(() => call('checkin.mine', { month }), [month, queued]);
  return (
    <View className="card">
      <View className="card-title">我的学习打卡</View>
      <LoadState remote={mine}>
        {(m) => (
          <View>
            <CheckinCalendar month={m.month} days={m.days} today={dayOf(now)} onShift={(d) => setMonth(shiftMonth(month, d))} />
            <StreakLine current={m.streak.current} longest={m.streak.longest} total={m.total} />
          </View>
        )}
      </LoadState>
    </View>
  );
}
