import { useState } from 'react';
import { View } from '@tarojs/components';
import type { DashboardInput } from '@/domain/stats/stats.schema';
import { ActivityStatsCard } from '@/features/activity/activity-stats-card';
import { AwardStatsCard } from '@/features/award/award-stats-card';
import { CareStatsCard } from '@/features/care/care-stats-card';
import { monthOf } from '@/domain/study/calendar.rules';
import { F2Chart } from '@/components/chart/f2-chart';
import { cityChart, rateChart } from '@/features/dashboard/dashboard-charts';
import { FigureTiles } from '@/features/dashboard/figure-tiles';
import { unitOptions } from '@/features/dashboard/unit-options';
import { UnitPicker } from '@/features/dashboard/unit-picker';
import { EvalStatsCard } from '@/features/evaluation/eval-stats-card';
import { HometownStatsCard } from '@/features/hometown/hometown-stats-card';
import { loadOrgContext } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { MonthStepper } from '@/features/shared/month-stepper';
import { useRemote } from '@/features/shared/use-remote';
import { dashboardView } from '@/features/dashboard/dashboard.api';

/** Cards of the areas that keep their own statistics, below the dashboard's figures; each loads its own for the unit shown. */
const areaCards = [CareStatsCard, HometownStatsCard, EvalStatsCard, AwardStatsCard, ActivityStatsCard] as const;

/** Organisers: 数据看板 of the county, a branch or a village group in their scope, for a month. */
export default function DashboardPage() {
  const org = useRemote(loadOrgContext);
  const options = org.data ? unitOptions(org.data.tree, org.data.caller) : [];
  const [picked, setPicked] = useState<string>();
  const [month, setMonth] = useState(() => monthOf(Date.now()));
  const option = options.find((o) => o.value === picked) ?? options[0];

  const query: DashboardInput | null = option ? { ...option.unit, month } : null;
  const view = useRemote(async () => (query ? dashboardView(query) : null), [JSON.stringify(query)]);

  return (
    <View className="page">
      <LoadState remote={org}>
        {() =>
          options.length ? (
            <View className="card">
              <UnitPicker options={options} value={option?.value} onChange={setPicked} />
              <MonthStepper month={month} onChange={setMonth} className="mt-16" />
            </View>
          ) : (
            <View className="empty">仅组织部、支部书记和村干部可查看数据看板</View>
          )
        }
      </LoadState>
      {query ? (
        <LoadState remote={view}>
          {(v) =>
            v ? (
              <View>
                <View className="card">
                  <View className="card-title">{v.unit.name}</View>
                  <FigureTiles view={v} />
                </View>
                <View className="card">
                  <View className="card-title">党员分布城市</View>
                  {v.members.total ? <F2Chart id="dash-cities" height={220} dataKey={JSON.stringify(v.members)} element={cityChart(v)} label={`各城市党员人数：${v.members.byCity.map((c) => `${c.city}${c.count}人`).join('，')}`} /> : <View className="empty">暂无党员</View>}
                </View>
                <View className="card">
                  <View className="card-title">联系、结对、学习与出勤</View>
                  <F2Chart id="dash-rates" height={180} dataKey={JSON.stringify([v.members, v.pairing, v.study, v.themeday])} element={rateChart(v)} label="各项比率" />
                </View>
                {areaCards.map((Card, i) => (
                  <Card key={i} unit={option!.unit} />
                ))}
              </View>
            ) : null
          }
        </LoadState>
      ) : null}
    </View>
  );
}
