import { Text, View } from '@tarojs/components';
import './dashboard.css';
import type { DashboardView } from '@/contracts/stats';

const pct = (v: number) => `${Math.round(v * 100)}%`;

function Tile({ label, value, sub }: { label: string; value: string | number; sub?: string }) {
  return (
    <View className="dash-tile">
      <Text className="dash-num">{value}</Text>
      <Text className="dash-label">{label}</Text>
      {sub ? <Text className="dash-sub">{sub}</Text> : null}
    </View>
  );
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
      <Tile label="结对干部" value={pairing.cadres} />
      <Tile label="已结对党员" value={pairing.paired} sub={`覆盖 ${pct(pairing.share)}`} />
      <Tile label="本月联系次数" value={pairing.contacts} />
      <Tile label="学习打卡率" value={pct(study.rate)} sub={`${study.pushes} 期 · ${study.done}/${study.expected}`} />
      {themeday ? <Tile label="主题党日出勤率" value={pct(themeday.rate)} sub={`${themeday.signedIn}/${themeday.expected}`} /> : null}
    </View>
  );
}
