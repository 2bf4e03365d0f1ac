import type { ListScope } from '../auth/scope.rules';
import { shareOf } from '../shared/share.rules';
import type { Audience, PushCounters } from './study.schema';
import { audienceTargets, type UnitKind } from './study-scope.rules';

/** A set of units: every one, or these ids. */
export type UnitSet = 'all' | string[];

/** The branches and groups a stats request shows rows for. */
export interface StatsView {
  branches: UnitSet;
  groups: UnitSet;
}

/**
 * What an organiser may see in the completion stats, narrowed by the branch or group he asked
 * for: county-wide roles everything, a secretary his branches, a cadre his village groups. null =
 * not allowed (no organiser role, or a unit outside his scope).
 */
export function statsView(scope: ListScope, filter: { branchId?: string; groupId?: string }): StatsView | null {
  if (!scope) return null;
  if (filter.branchId !== undefined) return scope.all || scope.branchIds.includes(filter.branchId) ? { branches: [filter.branchId], groups: [] } : null;
  if (filter.groupId !== undefined) return scope.all || scope.groupIds.includes(filter.groupId) ? { branches: [], groups: [filter.groupId] } : null;
  return scope.all ? { branches: 'all', groups: 'all' } : { branches: scope.branchIds, groups: scope.groupIds };
}

const key = (kind: UnitKind) => (kind === 'branch' ? 'branches' : 'groups');

function targeted(audience: Audience, kind: UnitKind): UnitSet {
  if (audience.scope === 'county') return 'all';
  if (kind === 'branch') return audience.scope === 'branches' ? audience.branchIds : [];
  return audience.scope === 'groups' ? audience.groupIds : [];
}

function intersect(a: UnitSet, b: UnitSet): UnitSet {
  if (a === 'all') return b === 'all' ? 'all' : [...new Set(b)];
  if (b === 'all') return [...new Set(a)];
  const inB = new Set(b);
  return [...new Set(a.filter((id) => inB.has(id)))];
}

/** The unit documents (member counts) the rows need: `all` = list the whole collection, else fetch these ids. */
export function unitsNeeded(pushes: { audience: Audience }[], view: StatsView): StatsView {
  const need = (kind: UnitKind): UnitSet => {
    let union: UnitSet = [];
    for (const p of pushes) {
      const t = targeted(p.audience, kind);
      if (t === 'all') {
        union = 'all';
        break;
      }
      union = [...union, ...t];
    }
    return intersect(view[key(kind)], union);
  };
  return { branches: need('branch'), groups: need('group') };
}

export interface UnitCount {
  _id: string;
  name: string;
  /** Members placed in the unit today (maintained by join and moves). */
  memberCount: number;
}

export interface CompletionRow {
  unitId: string;
  name: string;
  expected: number;
  done: number;
  rate: number;
}

const inSet = (set: UnitSet, id: string) => set === 'all' || set.includes(id);

/**
 * Completion per unit over one push or a month of pushes, from the counters the check-ins keep
 * on each push: `done` sums the push's count for the unit, `expected` sums the unit's member count
 * for every push that targets it. Only units that are targeted and visible get a row; `pushes`
 * counts the pushes that contribute to at least one row. The rate is capped at 1 (members who
 * checked in and moved away still count where they checked in).
 */
export function completionRows(
  pushes: { audience: Audience; counters: PushCounters }[],
  units: { branches: UnitCount[]; groups: UnitCount[] },
  view: StatsView,
): { branches: CompletionRow[]; groups: CompletionRow[]; pushes: number } {
  const counted = new Set<number>();
  const rows = (kind: UnitKind, list: UnitCount[]): CompletionRow[] => {
    const out: CompletionRow[] = [];
    for (const unit of list) {
      if (!inSet(view[key(kind)], unit._id)) continue;
      let expected = 0;
      let done = 0;
      let hit = false;
      pushes.forEach((p, i) => {
        if (!audienceTargets(p.audience, kind, unit._id)) return;
        hit = true;
        counted.add(i);
        expected += unit.memberCount;
        done += (kind === 'branch' ? p.counters.byBranch : p.counters.byGroup)[unit._id] ?? 0;
      });
      if (hit) out.push({ unitId: unit._id, name: unit.name, expected, done, rate: shareOf(done, expected) });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || (a.unitId < b.unitId ? -1 : 1));
  };
  const branches = rows('branch', units.branches);
  const groups = rows('group', units.groups);
  return { branches, groups, pushes: counted.size };
}
