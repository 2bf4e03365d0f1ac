import type { Caller } from '../auth/grant';
import { hasRole } from '../auth/grant';
import { cadreGroupIds, isCountyWide, secretaryBranchIds } from '../auth/scope.rules';
import { maskPhone } from '../member/mask.rules';
import type { Counted } from '../stats/counter.rules';
import { isArchived, type Branch, type Group } from './org.schema';

/**
 * What org.tree shows each caller. The counters (members, 失联, members per
 * city) describe people: in a small village "1 in 宁波, 失联" points at one person, and city keys are
 * free text members typed. So they go only to organisers whose scope covers the unit: the
 * county-wide roles everywhere, a secretary for his branches, a cadre for his village group.
 * Everyone else (members choosing a village, the home page, the join page) gets names and places.
 * A secretary's phone is shown in full to the 组织部 and to that secretary himself; to everyone
 * else masked (a village cadre does not collect every secretary's phone). Archived units are shown
 * only to the county-wide roles, who may restore them.
 */
export interface TreeBranch extends Omit<Branch, 'secretaryPhone'> {
  secretaryPhone: string | null;
  /** null: not the caller's to count. */
  memberCount: number | null;
  lostCount: number | null;
  cityCounts: Record<string, number> | null;
}

export interface TreeGroup extends Group {
  memberCount: number | null;
  lostCount: number | null;
  cityCounts: Record<string, number> | null;
}

/** The unit without its counters, and the counters the tree shows (the ended figures are the dashboard's). */
function split<U extends Branch | Group>({ memberCount, lostCount, cityCounts, endedCount: _e, endedByReason: _r, ...unit }: Counted<U>, visible: boolean) {
  return { unit, counts: visible ? { memberCount, lostCount, cityCounts } : { memberCount: null, lostCount: null, cityCounts: null } };
}

export function treeForCaller(caller: Caller, branches: readonly Counted<Branch>[], groups: readonly Counted<Group>[]): { branches: TreeBranch[]; groups: TreeGroup[] } {
  const countyWide = isCountyWide(caller);
  const county = hasRole(caller, 'county');
  const ownBranches = new Set(secretaryBranchIds(caller));
  const ownGroups = new Set(cadreGroupIds(caller));
  const shown = <U extends Branch | Group>(u: U) => countyWide || !isArchived(u);
  return {
    branches: branches.filter(shown).map((b) => {
      const { unit, counts } = split(b, countyWide || ownBranches.has(b._id));
      return { ...unit, ...counts, secretaryPhone: county || ownBranches.has(b._id) ? b.secretaryPhone : maskPhone(b.secretaryPhone) };
    }),
    groups: groups.filter(shown).map((g) => {
      const { unit, counts } = split(g, countyWide || ownGroups.has(g._id));
      return { ...unit, ...counts };
    }),
  };
}
