import { Text, View } from '@tarojs/components';
import './dashboard.css';
import type { DashboardView } from '@/contracts/stats';
import { percentText } from '@/features/shared/percent-text';

function Tile({ label, value, sub }: { label: string; value: string | number; sub?: string }) {
  return (
    <View className="dash-tile">
      <Text className="dash-num">{value}</Text>
      <Text className="dash-label">{label}</Text>
      {sub ? <Text className="dash-sub">{sub}</Text> : null}
    </View>
  );
}

/** Sign-ins of the meetings held so far; a month whose meetings are still to come says so rather than 0%. */
function attendanceSub(t: NonNullable<DashboardView['themeday']>): string {
  if (!t.planned) return '未设定主题党日';
  if (!t.held) return '当月尚未举行';
  const counts = `${t.signedIn}/${t.expected}`;
  return t.held < t.planned ? `${counts} · ${t.held}/${t.planned} 个支部已举行` : counts;
}

/** The unit's figures as tiles; organisation counts only where they apply (null = not for this unit). */
export function FigureTiles({ view }: { view: DashboardView }) {
  const { org, members, pairing, study, themeday } = view;
  return (
    <View className="dash-tiles">
      {org.committees !== null ? <Tile label="流动党委" value={org.committees} /> : null}
      {org.branches !== null ? <Tile label={view.unit.kind === 'county' ? '流动党支部/云支部' : '下属支部'} value={org.branches} /> : null}
      {org.groups !== null ? <Tile label="网上党小组" value={org.groups} /> : null}
      <Tile label="直接管理党员" value={members.total} sub={`分布 ${members.cities} 个城市`} />
      <Tile label="失联党员" value={members.lost} />
      {/* Ended mobile status: counted apart from the members above and from every rate. */}
      <Tile label="回村任职" value={members.ended.byReason.回村任职} />
      <Tile label="返乡创业" value={members.ended.byReason.返乡创业} sub={`结束流动 ${members.ended.total} 人`} />
      <Tile label="结对干部" value={pairing.cadres} />
      <Tile label="已结对党员" value={pairing.paired} sub={`覆盖 ${percentText(pairing.share)}`} />
      <Tile label="当月联系次数" value={pairing.contacts} />
      <Tile label="学习打卡率" value={percentText(study.rate)} sub={`${study.pushes} 期 · ${study.done}/${study.expected}`} />
      {themeday ? <Tile label="主题党日出勤率" value={themeday.held ? percentText(themeday.rate) : '—'} sub={attendanceSub(themeday)} /> : null}
    </View>
  );
}
