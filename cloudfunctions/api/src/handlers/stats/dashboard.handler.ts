import type { DashboardView, StatsOutputs } from '@/contracts/stats';
import type { Branch, Group } from '@/domain/org/org.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { sumCounters, type Counted, type UnitCounters } from '@/domain/stats/counter.rules';
import { dashboardUnit, type DashboardUnitRef } from '@/domain/stats/dashboard-scope.rules';
import { countyStudyFigure, topCities, type StudyFigure } from '@/domain/stats/figures.rules';
import { shareOf } from '@/domain/shared/share.rules';
import { endedFigure } from '@/domain/mobility/mobility.rules';
import type { DashboardInput } from '@/domain/stats/stats.schema';
import { monthOf } from '@/domain/study/calendar.rules';
import { completionRows } from '@/domain/study/completion.rules';
import { counterKey } from '@/domain/themeday/attendance-counters.rules';
import { occurrenceIn } from '@/domain/themeday/occurrence.rules';
import type { Ctx } from '@shared/dispatch/context';
import { countCadres, countChildBranches, countContacts, countedUnit, countedUnits, countPairingCadres, countPairings, type UnitFilter } from '@shared/repos/counters.repo';
import { concerningUnits } from '@shared/repos/query';
import { pushesOfMonth } from '../../repos/studies.repo';
import { getPlan, plansByIds, type PlanDoc } from '../../repos/themeday.repo';

/** Cities shown as bars; the rest are summed. */
const TOP_CITIES = 8;

type Part = Omit<DashboardView, 'month' | 'members' | 'pairing'> & { cadres: number; counters: UnitCounters };

/**
 * The organiser dashboard of the county, a branch or a village group for one month. Every figure
 * comes from the unit documents with their member counters (unitCounters, read with them in the
 * same request; the county sums its branches), the month's pushes (counters only), the plans
 * (counters only) or an indexed count(): eight requests for the county or a branch, six for a
 * group (caller included), whatever the number of members.
 */
export async function dashboardHandler(input: DashboardInput, { caller, now }: Ctx): Promise<StatsOutputs['stats.dashboard']> {
  const unit = dashboardUnit(caller, input);
  if (!unit) throw forbidden('无权查看该范围的数据看板');
  const month = input.month ?? monthOf(now);
  const filter: UnitFilter = unit.kind === 'branch' ? { branchId: unit.id } : unit.kind === 'group' ? { groupId: unit.id } : {};

  const [part, paired, contacts] = await Promise.all([
    unitPart(unit, month, now, caller.openid),
    countPairings(filter),
    countContacts(filter, month),
  ]);
  const { cadres, counters, ...rest } = part;
  const total = counters.memberCount;
  const cities = topCities(counters.cityCounts ?? {}, TOP_CITIES);
  return {
    ...rest,
    month,
    members: { total, lost: counters.lostCount ?? 0, byCity: cities.top, otherCities: cities.others, cities: cities.cities, ended: endedFigure(counters) },
    pairing: { cadres, paired, share: shareOf(paired, total), contacts },
  };
}

const notFound = (what: string) => new AppError(ErrorCodes.ORG_NOT_FOUND, `${what}不存在`);

function unitPart(unit: DashboardUnitRef, month: string, now: number, openid: string): Promise<Part> {
  if (unit.kind === 'county') return countyPart(month, now);
  if (unit.kind === 'branch') return branchPart(unit.id, month, now, openid);
  return groupPart(unit.id, month, now, openid);
}

async function countyPart(month: string, now: number): Promise<Part> {
  const [branches, groups, pushes, cadres] = await Promise.all([countedUnits<Branch>('branch', 'all'), countedUnits<Group>('group', 'all'), pushesOfMonth(month, now, null), countCadres()]);
  const plans = await plansByIds(branches.map((b) => b._id));
  const county = branches.reduce((s, b) => s + b.memberCount, 0);
  const study = countyStudyFigure(pushes, { county, branch: new Map(branches.map((b) => [b._id, b.memberCount])), group: new Map(groups.map((g) => [g._id, g.memberCount])) });
  const committees = branches.filter((b) => b.kind === '流动党委').length;
  return {
    unit: { kind: 'county', id: null, name: '全县' },
    org: { committees, branches: branches.length - committees, groups: groups.length },
    study,
    themeday: attendance(branches, plans, month, now),
    cadres,
    counters: sumCounters(branches),
  };
}

async function branchPart(id: string, month: string, now: number, openid: string): Promise<Part> {
  const [branch, children, pushes, plan, cadres] = await Promise.all([countedUnit<Branch>('branch', id), countChildBranches(id), pushesOfMonth(month, now, concerningUnits([id], [], openid)), getPlan(id), countPairingCadres(id)]);
  if (!branch) throw notFound('支部');
  return {
    unit: { kind: 'branch', id, name: branch.name },
    org: { committees: null, branches: branch.kind === '流动党委' ? children : null, groups: null },
    study: unitStudy(pushes, branch, 'branch'),
    themeday: attendance([branch], plan ? [plan] : [], month, now),
    cadres,
    counters: branch,
  };
}

async function groupPart(id: string, month: string, now: number, openid: string): Promise<Part> {
  const [group, pushes, cadres] = await Promise.all([countedUnit<Group>('group', id), pushesOfMonth(month, now, concerningUnits([], [id], openid)), countCadres(id)]);
  if (!group) throw notFound('网上党小组');
  return { unit: { kind: 'group', id, name: group.name }, org: { committees: null, branches: null, groups: null }, study: unitStudy(pushes, group, 'group'), themeday: null, cadres, counters: group };
}

/** One unit's completion, by the same rule as checkin.stats (its row for the month). */
function unitStudy(pushes: Parameters<typeof completionRows>[0], unit: Counted<Branch | Group>, kind: 'branch' | 'group'): StudyFigure {
  const units = { branches: kind === 'branch' ? [unit] : [], groups: kind === 'group' ? [unit] : [] };
  const rows = completionRows(pushes, units, { branches: units.branches.map((u) => u._id), groups: units.groups.map((u) => u._id) });
  const row = (kind === 'branch' ? rows.branches : rows.groups)[0];
  return { pushes: rows.pushes, expected: row?.expected ?? 0, done: row?.done ?? 0, rate: row?.rate ?? 0 };
}

/**
 * Attendance of the month over the branches whose meeting has started by `now`, from the same plan
 * counters themeday.attendance reads: a meeting still to come this month is `planned` but neither
 * expected nor missed, so the county's rate never reads as "nobody came" before the day.
 */
function attendance(branches: Counted<Branch>[], plans: PlanDoc[], month: string, now: number): NonNullable<DashboardView['themeday']> {
  const byId = new Map(plans.map((p) => [p._id, p]));
  let expected = 0;
  let signedIn = 0;
  let planned = 0;
  let held = 0;
  for (const b of branches) {
    const plan = byId.get(b._id);
    if (!plan) continue;
    planned++;
    if (occurrenceIn(b._id, plan.plan, month).start > now) continue;
    held++;
    expected += b.memberCount;
    signedIn += plan.counters?.[counterKey(month)]?.signedIn ?? 0;
  }
  return { planned, held, expected, signedIn, rate: shareOf(signedIn, expected) };
}
