import { Axis, Chart, Interval, TextGuide, jsx } from '@antv/f2';
import type { DashboardView } from '@/contracts/stats';
import { shareOf } from '@/domain/shared/share.rules';
import { percentText } from '@/features/shared/percent-text';

const RED = '#c8102e';
/** F2's own createElement; its typings reject its generic components, so the element tree is built untyped. */
const el = (type: unknown, props: object): unknown => (jsx as unknown as (t: unknown, p: object) => unknown)(type, props);
/** Axis labels in CSS px (F2's theme sizes are design px, halved on phones: too small for these labels). */
const axisStyle = { label: { fontSize: 11, fill: '#666' } };

/** The bars of the members-per-city chart: top cities, then 其他 when cities were summed. */
export function cityBars(view: DashboardView): { city: string; count: number }[] {
  const rows = view.members.byCity.map((c) => ({ city: c.city, count: c.count }));
  return view.members.otherCities > 0 ? [...rows, { city: '其他', count: view.members.otherCities }] : rows;
}

/** The rates shown side by side (0..1): who is reachable, paired, studying, attending. */
export function rateBars(view: DashboardView): { name: string; rate: number }[] {
  const rows = [
    { name: '可联系', rate: view.members.total ? 1 - shareOf(view.members.lost, view.members.total) : 0 },
    { name: '结对覆盖', rate: view.pairing.share },
    { name: '学习打卡', rate: view.study.rate },
  ];
  // No bar before any meeting of the month is held: 0% would read as "nobody came".
  return view.themeday?.held ? [...rows, { name: '主题党日', rate: view.themeday.rate }] : rows;
}

/** Members per city as vertical bars with their counts on top. */
export function cityChart(view: DashboardView): unknown {
  const data = cityBars(view);
  return el(Chart, {
    data,
    scale: { count: { min: 0, tickCount: 4 } },
    children: [
      el(Axis, { field: 'city', style: axisStyle }),
      el(Axis, { field: 'count', style: axisStyle }),
      el(Interval, { x: 'city', y: 'count', color: RED }),
      ...data.map((d) => el(TextGuide, { records: [d], content: String(d.count), offsetY: -12, style: { fill: '#666', textAlign: 'center', fontSize: 11 } })),
    ],
  });
}

/** The rates as horizontal bars on a fixed 0–100% axis. */
export function rateChart(view: DashboardView): unknown {
  const data = rateBars(view);
  return el(Chart, {
    data,
    coord: { transposed: true },
    // range stops the axis short of the edge: the value labels right of a full bar need the room.
    scale: { rate: { min: 0, max: 1, tickCount: 5, formatter: percentText, range: [0, 0.88] } },
    children: [
      el(Axis, { field: 'name', style: axisStyle }),
      el(Axis, { field: 'rate', style: axisStyle }),
      el(Interval, { x: 'name', y: 'rate', color: RED }),
      ...data.map((d) => el(TextGuide, { records: [d], content: percentText(d.rate), offsetX: 6, style: { fill: '#666', textBaseline: 'middle', fontSize: 11 } })),
    ],
  });
}
