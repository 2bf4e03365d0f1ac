import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CompletionRow } from '@/contracts';
import type { CheckinStatsInput } from '@/domain/study/study.schema';
import { monthOf } from '@/domain/study/calendar.rules';
import { Chips } from '@/features/shared/form-fields';
import { LoadState } from '@/features/shared/load-state';
import { MonthStepper } from '@/features/shared/month-stepper';
import { useRemote } from '@/features/shared/use-remote';
import { CompletionTable } from '@/features/shared/completion-table';
import { StatsDetail } from '@/features/study/stats-detail';
import { checkinStats, listStudyPushes } from '@/features/study/study.api';

type Mode = 'push' | 'month';
type Unit = { kind: 'branch' | 'group'; row: CompletionRow };

/** Organisers: completion per branch and per village group, per push or per month; tap a unit for who is missing. */
export default function StudyStatsPage() {
  const [mode, setMode] = useState<Mode>('push');
  const [month, setMonth] = useState(() => monthOf(Date.now()));
  const pushes = useRemote(() => listStudyPushes({ limit: 20, manage: true }));
  // `?pushId=` opens on that push (the link shown after publishing, the publisher's list).
  const [pushId, setPushId] = useState<string | undefined>(useRouter().params.pushId);
  const [unit, setUnit] = useState<Unit>();
  const currentPush = pushId ?? pushes.data?.items[0]?._id;

  const query: CheckinStatsInput | null = mode === 'month' ? { month } : currentPush ? { pushId: currentPush } : null;
  const stats = useRemote(async () => (query ? checkinStats(query) : null), [JSON.stringify(query)]);
  const detailQuery = unit && mode === 'push' && currentPush
    ? { pushId: currentPush, detail: true, ...(unit.kind === 'branch' ? { branchId: unit.row.unitId } : { groupId: unit.row.unitId }) }
    : null;
  const detail = useRemote(async () => (detailQuery ? checkinStats(detailQuery) : null), [JSON.stringify(detailQuery)]);

  const pick = (kind: Unit['kind']) => (row: CompletionRow) => setUnit(mode === 'push' ? { kind, row } : undefined);

  return (
    <View className="page">
      <View className="card">
        <Chips options={[{ value: 'push', label: '按推送' }, { value: 'month', label: '按月份' }]} value={mode} onChange={(m) => { setMode(m); setUnit(undefined); }} />
        {mode === 'push' ? (
          <View className="mt-16">
            <Chips options={(pushes.data?.items ?? []).map((p) => ({ value: p._id, label: `第${p.issueNo}期 ${p.title}` }))} value={currentPush} onChange={(id) => { setPushId(id); setUnit(undefined); }} />
          </View>
        ) : (
          <MonthStepper month={month} onChange={setMonth} className="mt-16" />
        )}
      </View>
      {query ? (
        <LoadState remote={stats}>
          {(s) =>
            s ? (
              <View>
                {s.month ? <View className="muted mb-16">本月共 {s.month.pushes} 期推送</View> : null}
                {s.branches.length ? <CompletionTable title="各支部完成率" rows={s.branches} onPick={pick('branch')} /> : null}
                {s.groups.length ? <CompletionTable title="各网上党小组完成率" rows={s.groups} onPick={pick('group')} /> : null}
              </View>
            ) : null
          }
        </LoadState>
      ) : (
        <View className="empty">还没有学习推送</View>
      )}
      {unit ? <LoadState remote={detail}>{(d) => (d ? <StatsDetail name={unit.row.name} stats={d} /> : null)}</LoadState> : null}
    </View>
  );
}
