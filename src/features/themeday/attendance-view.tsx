import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { CompletionRow } from '@/contracts';
import { occurrenceId } from '@/domain/themeday/occurrence.rules';
import { call } from '@/services/cloud';
import { LoadState } from '../shared/load-state';
import { MonthStepper } from '../shared/month-stepper';
import { useRemote } from '../shared/use-remote';
import { CompletionTable } from '../shared/completion-table';
import { DeliveryView } from './delivery-view';
import { RotatingSiteQr } from './rotating-site-qr';

/** Attendance per branch for a month; a branch's meeting with its on-site code and absentees. */
export function AttendanceView({ initialMonth }: { initialMonth: string }) {
  const [month, setMonth] = useState(initialMonth);
  const [branch, setBranch] = useState<CompletionRow>();
  const rows = useRemote(() => call('themeday.attendance', { month }), [month]);
  const detail = useRemote(async () => {
    if (!branch) return null;
    const id = occurrenceId(branch.unitId, month);
    const [attendance, delivery] = await Promise.all([call('themeday.attendance', { occurrenceId: id, absentees: true }), call('themeday.delivery', { occurrenceId: id })]);
    return { ...attendance, delivery };
  }, [branch?.unitId, month]);

  const pickMonth = (m: string) => {
    setMonth(m);
    setBranch(undefined);
  };
  return (
    <View>
      <MonthStepper month={month} onChange={pickMonth} label={`${month} 出勤`} />
      <LoadState remote={rows}>
        {(a) => (
          <CompletionTable
            title="各支部出勤率"
            rows={a.rows.map((r) => ({ unitId: r.branchId, name: r.planned ? r.name : `${r.name}（未设定）`, expected: r.expected, done: r.signedIn, rate: r.rate }))}
            onPick={setBranch}
          />
        )}
      </LoadState>
      {branch ? (
        <LoadState remote={detail}>
          {(d) =>
            d?.occurrence ? (
              <View className="card">
                <View className="card-title">{branch.name}</View>
                <RotatingSiteQr key={d.occurrence.id} occurrenceId={d.occurrence.id} first={{ code: d.occurrence.siteCode, refreshAt: d.occurrence.siteCodeRefreshAt }} />
                <View className="card-title mt-16">提醒送达</View>
                <DeliveryView delivery={d.delivery} />
                <View className="card-title mt-16">
                  未签到
                  <View className="card-sub">{d.absentees?.length ?? 0} 人</View>
                </View>
                {(d.absentees ?? []).map((m) => (
                  <View key={m.memberId} className="row">
                    <Text>{m.name}</Text>
                    <Text className="muted">{m.phone}</Text>
                  </View>
                ))}
              </View>
            ) : null
          }
        </LoadState>
      ) : null}
    </View>
  );
}
