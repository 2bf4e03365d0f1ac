import { View } from '@tarojs/components';
import { activityKindList } from '@/domain/activity/activity-kinds';
import { minuteOf, yearOf } from '@/domain/shared/day.rules';
import { LoadState } from '../shared/load-state';
import { useRemote } from '../shared/use-remote';
import { activityRecord } from './activity.api';

/** 一人一档 · 活动: the activities a member took part in this year, by kind, with his volunteer hours. `memberId` absent: the caller's own. */
export function MemberActivityCard({ memberId }: { memberId?: string }) {
  const year = yearOf(Date.now());
  const record = useRemote(() => activityRecord({ year, ...(memberId ? { memberId } : {}) }), [year, memberId]);
  return (
    <View className="card member-activities">
      <View className="card-title">参加活动 · {year} 年</View>
      <LoadState remote={record}>
        {(r) => (
          <View>
            <View className="hero-sub">参加 {r.total.events} 次 · 志愿服务 {r.total.hours} 小时</View>
            {activityKindList.filter((k) => r.byKind[k].events).length ? (
              <View className="muted mb-12">{activityKindList.filter((k) => r.byKind[k].events).map((k) => `${k} ${r.byKind[k].events}`).join(' · ')}</View>
            ) : null}
            {r.items.slice(0, 10).map((i) => (
              <View key={i.activityId} className="row">
                <View className="row-label">{minuteOf(i.startAt).slice(5, 10)}</View>
                <View className="row-value">{i.title} · {i.kind}{i.hours ? ` · ${i.hours} 小时` : ''}</View>
              </View>
            ))}
            {r.items.length ? null : <View className="empty">今年暂未参加活动</View>}
          </View>
        )}
      </LoadState>
    </View>
  );
}
