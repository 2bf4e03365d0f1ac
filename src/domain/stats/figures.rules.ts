import type { Audience, PushCounters } from '../study/study.schema';
import { shareOf } from '../shared/share.rules';
import { citiesOf } from './counter.rules';


export interface CityCount {
  city: string;
  count: number;
}

/**
 * The `n` cities with most members (ties by name), and the rest summed as `others`: a bar chart
 * stays readable whatever the number of cities. Cities a member left (count 0) are dropped.
 */
export function topCities(byCity: Record<string, number>, n: number): { top: CityCount[]; others: number; cities: number } {
  const all = [...citiesOf(byCity)]
    .filter(([, count]) => count > 0)
    .map(([city, count]) => ({ city, count }))
    .sort((a, b) => b.count - a.count || a.city.localeCompare(b.city, 'zh-CN'));
  return { top: all.slice(0, n), others: all.slice(n).reduce((s, c) => s + c.count, 0), cities: all.length };
}

export interface StudyFigure {
  /** Pushes of the month that reach the unit. */
  pushes: number;
  /** Member-pushes expected (members of the targeted units today, summed over the pushes). */
  expected: number;
  done: number;
  rate: number;
}

/**
 * The county's check-in completion over a month's pushes, from each push's counters: `done` is
 * the push's total, `expected` the members its audience reaches today (the county, or the sum of
 * the branches / groups it names). Same approximations as checkin.stats (today's member counts).
 */
export function countyStudyFigure(
  pushes: { audience: Audience; counters: PushCounters }[],
  members: { county: number; branch: Map<string, number>; group: Map<string, number> },
): StudyFigure {
  let expected = 0;
  let done = 0;
  for (const p of pushes) {
    const a = p.audience;
    if (a.scope === 'county') expected += members.county;
    else if (a.scope === 'branches') expected += a.branchIds.reduce((s, id) => s + (members.branch.get(id) ?? 0), 0);
    else expected += a.groupIds.reduce((s, id) => s + (members.group.get(id) ?? 0), 0);
    done += p.counters.total;
  }
  return { pushes: pushes.length, expected, done, rate: shareOf(done, expected) };
}
