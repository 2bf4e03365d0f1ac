import { View } from '@tarojs/components';
import { carriesHours } from '@/domain/activity/hours.rules';
import { canRecordOutcome } from '@/domain/activity/activity-window.rules';
import { Row } from '../shared/row';
import { LoadState } from '../shared/load-state';
import { useRemote } from '../shared/use-remote';
import { getActivity } from './activity.api';
import { ActivitySiteQr } from './activity-site-qr';
import { ActivityCancelForm, ActivityEditForm } from './activity-change-form';
import { seatsText, stateText, timeText, whereText } from './activity-text';
import { AttendeeHours } from './attendee-hours';
import { SummaryForm } from './summary-form';

/**
 * One activity for those who run it: its facts, the on-site code while sign-in is open, who came,
 * hours, summary; before the start, its edit and cancel forms. A secretary who only follows a
 * joint activity sees its facts and summary. `onChanged` tells the list an edit or cancel happened.
 */
export function ActivityDetail({ activityId, openid, onChanged }: { activityId: string; openid: string; onChanged?: () => void }) {
  const got = useRemote(() => getActivity({ activityId }), [activityId]);
  return (
    <LoadState remote={got}>
      {({ activity: a, site, attendees }) => (
        <View>
          <View className="card">
            <View className="card-title">
              {a.title}
              <View className="card-sub">{a.kind} · {stateText(a)}</View>
            </View>
            {a.cancelled ? <Row label="已取消" value={a.cancelReason ?? ''} /> : null}
            <Row label="时间" value={timeText(a)} />
            <Row label="地点" value={whereText(a)} />
            <Row label="报名" value={seatsText(a) ?? '无需报名'} />
            <Row label="签到" value={`${a.signedIn} 人${a.onlineSignin ? '（允许线上签到）' : '（仅现场扫码）'}`} />
            {a.partner ? <Row label="共建单位" value={a.partner} /> : null}
          </View>
          {a.can.edit ? (
            <View className="card">
              <View className="card-title">修改活动</View>
              <ActivityEditForm key={a.editedAt ?? 0} a={a} onSaved={() => { void got.reload(); onChanged?.(); }} />
            </View>
          ) : null}
          {a.can.cancel ? (
            <View className="card">
              <View className="card-title">取消活动</View>
              <ActivityCancelForm a={a} onCancelled={() => { void got.reload(); onChanged?.(); }} />
            </View>
          ) : null}
          {site ? (
            <View className="card">
              <ActivitySiteQr key={a._id} activityId={a._id} first={site} />
            </View>
          ) : null}
          {attendees ? (
            <View className="card">
              <View className="card-title">报名与签到</View>
              <AttendeeHours activityId={a._id} rows={attendees} hours={carriesHours(a) && canRecordOutcome(a, Date.now())} onSaved={got.reload} />
            </View>
          ) : (
            <View className="card muted">该活动面向多个支部，签到名单、志愿时长和总结由县委组织部填写。{a.summary ? `总结：${a.summary}` : ''}</View>
          )}
          {attendees && canRecordOutcome(a, Date.now()) ? (
            <View className="card">
              <View className="card-title">活动总结</View>
              <SummaryForm key={a.summarizedAt ?? 0} a={a} openid={openid} onSaved={got.reload} />
            </View>
          ) : null}
        </View>
      )}
    </LoadState>
  );
}
