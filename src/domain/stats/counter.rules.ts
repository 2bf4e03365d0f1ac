/**
 * Member counters of each branch and village group: `memberCount`, `lostCount` (失联) and
 * `cityCounts` (members per city). They live in their own collection `unitCounters`, one document
 * per unit (`_id` = unitKey), not on the unit documents: a join moves its branch and its group by
 * the same delta, so both move in ONE where-in update (cloudfunctions/shared/repos/counters.repo.ts),
 * and the branch document (name, settings, join code) is not a document every join writes. The
 * county's figures are the sum over its branches (every member sits in exactly one branch), so no
 * county-wide document is written by every join. A member whose mobile status ended (返乡, 回村任职…)
 * leaves `memberCount`, `lostCount` and `cityCounts` — the denominators of every completion rate —
 * and counts in `endedCount` and `endedByReason` instead, so the dashboard reports him apart.
 */

/** What counts about a member: where he sits, where he works, whether he is reachable. */
export interface CountedMember {
  branchId: string;
  groupId: string;
  city: string;
  status: string;
  /** His mobile status ended: counted apart (endedCount / endedByReason), not as a member. */
  ended?: boolean;
  /** The reason's key (mobility.schema endReasonKeys) when ended. */
  endReasonKey?: string;
}

export type CountedUnit = 'branch' | 'group';

/** A unit's counters (fields absent from a stored document read 0). */
export interface UnitCounters {
  memberCount: number;
  lostCount?: number;
  cityCounts?: Record<string, number>;
  endedCount?: number;
  endedByReason?: Record<string, number>;
}

export const unitKey = (kind: CountedUnit, id: string) => `${kind}:${id}`;

/** A unit's counters document in `unitCounters`. */
export interface UnitCountersDoc extends UnitCounters {
  _id: string;
  kind: CountedUnit;
  unitId: string;
}

/** A unit view with its counters merged on (what the readers of counters hand on). */
export type Counted<U> = U & Required<UnitCounters>;

/** The counters read for a unit, zero where the stored document (or the document) lacks them. */
export const fullCounters = (c: Partial<UnitCounters> | undefined): Required<UnitCounters> => ({
  memberCount: c?.memberCount ?? 0,
  lostCount: c?.lostCount ?? 0,
  cityCounts: c?.cityCounts ?? {},
  endedCount: c?.endedCount ?? 0,
  endedByReason: c?.endedByReason ?? {},
});

export function parseUnitKey(key: string): { kind: CountedUnit; id: string } {
  const i = key.indexOf(':');
  return { kind: key.slice(0, i) as CountedUnit, id: key.slice(i + 1) };
}

/**
 * A city (free text a member types) as a key of `cityCounts`. Database field paths cannot hold '.'
 * or start with '$', so those (and '%', to stay reversible) are percent-encoded; and every key
 * starts with `c:`, so no city (`constructor`, `__proto__`, `toString`) can name a property every
 * JavaScript object already has. Keys without the prefix (written before it) still read back.
 */
const KEY_PREFIX = 'c:';
export const cityKey = (city: string): string => KEY_PREFIX + city.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
export const cityOfKey = (key: string): string =>
  (key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key).replace(/%(25|2E|24)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Members per city from a stored `cityCounts` (own keys only, prefixed or not, summed per city). */
export function citiesOf(cityCounts: Record<string, number> | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of Object.entries(cityCounts ?? {})) {
    if (typeof n !== 'number') continue;
    const city = cityOfKey(key);
    out.set(city, (out.get(city) ?? 0) + n);
  }
  return out;
}

/** The net change of one unit's counters. */
export interface CounterDelta {
  members: number;
  lost: number;
  /** By city key (see cityKey). */
  byCity: Record<string, number>;
  /** Members whose mobile status ended, and by reason key (absent when nothing of it moves). */
  ended?: number;
  byReason?: Record<string, number>;
}

export const LOST_STATUS = '失联';

function add(out: Map<string, CounterDelta>, m: CountedMember, sign: 1 | -1): void {
  for (const key of [unitKey('group', m.groupId), unitKey('branch', m.branchId)]) {
    const d = out.get(key) ?? { members: 0, lost: 0, byCity: {} };
    if (m.ended) {
      d.ended = (d.ended ?? 0) + sign;
      const r = m.endReasonKey ?? 'other';
      d.byReason = { ...d.byReason, [r]: (d.byReason?.[r] ?? 0) + sign };
      out.set(key, d);
      continue;
    }
    d.members += sign;
    if (m.status === LOST_STATUS) d.lost += sign;
    const k = cityKey(m.city);
    d.byCity[k] = (d.byCity[k] ?? 0) + sign;
    out.set(key, d);
  }
}

const isZero = (d: CounterDelta) => d.members === 0 && d.lost === 0 && Object.keys(d.byCity).length === 0 && !d.ended && Object.keys(d.byReason ?? {}).length === 0;

/**
 * The counter moves of a member record going from `before` to `after` (null: not there — a join
 * has no before), keyed `group:<id>` / `branch:<id>` (group first: a join's group update doubles
 * as its existence check). Netted per unit; units and cities that do not move are left out, so an
 * edit that touches none of placement, city and status moves nothing.
 */
export function memberCounterDeltas(before: CountedMember | null, after: CountedMember | null): Map<string, CounterDelta> {
  const out = new Map<string, CounterDelta>();
  if (before) add(out, before, -1);
  if (after) add(out, after, 1);
  for (const [key, d] of out) {
    for (const [k, n] of Object.entries(d.byCity)) if (n === 0) delete d.byCity[k];
    for (const [k, n] of Object.entries(d.byReason ?? {})) if (n === 0) delete d.byReason![k];
    if (d.byReason && !Object.keys(d.byReason).length) delete d.byReason;
    if (d.ended === 0) delete d.ended;
    if (isZero(d)) out.delete(key);
  }
  return out;
}

/** The counters a set of members produces per unit key: what the maintained counters hold once they all joined (seeds, checks). */
export function countersOf(members: Iterable<CountedMember>): Map<string, Required<UnitCounters>> {
  const out = new Map<string, Required<UnitCounters>>();
  for (const m of members) {
    for (const [key, d] of memberCounterDeltas(null, m)) {
      const c = out.get(key) ?? { memberCount: 0, lostCount: 0, cityCounts: {}, endedCount: 0, endedByReason: {} };
      c.memberCount += d.members;
      c.lostCount += d.lost;
      for (const [k, n] of Object.entries(d.byCity)) c.cityCounts[k] = (c.cityCounts[k] ?? 0) + n;
      c.endedCount += d.ended ?? 0;
      for (const [k, n] of Object.entries(d.byReason ?? {})) c.endedByReason[k] = (c.endedByReason[k] ?? 0) + n;
      out.set(key, c);
    }
  }
  return out;
}

/** The county's counters: the sum over its branches. */
export function sumCounters(units: UnitCounters[]): Required<UnitCounters> {
  const out = { memberCount: 0, lostCount: 0, cityCounts: {} as Record<string, number>, endedCount: 0, endedByReason: {} as Record<string, number> };
  for (const u of units) {
    out.memberCount += u.memberCount;
    out.lostCount += u.lostCount ?? 0;
    for (const [city, n] of citiesOf(u.cityCounts)) {
      const k = cityKey(city);
      out.cityCounts[k] = (out.cityCounts[k] ?? 0) + n;
    }
    out.endedCount += u.endedCount ?? 0;
    for (const [k, n] of Object.entries(u.endedByReason ?? {})) out.endedByReason[k] = (out.endedByReason[k] ?? 0) + n;
  }
  return out;
}

/** A delta as the dotted paths of a unitCounters document it moves, with their amounts (zeros left out). */
export function deltaPaths(d: CounterDelta): Record<string, number> {
  const out: Record<string, number> = {};
  if (d.members) out.memberCount = d.members;
  if (d.lost) out.lostCount = d.lost;
  for (const [k, n] of Object.entries(d.byCity)) if (n) out[`cityCounts.${k}`] = n;
  if (d.ended) out.endedCount = d.ended;
  for (const [k, n] of Object.entries(d.byReason ?? {})) if (n) out[`endedByReason.${k}`] = n;
  return out;
}

/**
 * The deltas grouped by equal moves: each entry's units move by the same amounts, so one where-in
 * update moves them all (a join's branch and group always land in one entry; a move between units
 * gives one entry per side). Units that do not move are left out.
 */
export function unitsByEqualDelta(deltas: ReadonlyMap<string, CounterDelta>): { keys: string[]; paths: Record<string, number> }[] {
  const out = new Map<string, { keys: string[]; paths: Record<string, number> }>();
  for (const [key, d] of deltas) {
    const paths = deltaPaths(d);
    if (!Object.keys(paths).length) continue;
    const shape = JSON.stringify(Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const entry = out.get(shape) ?? { keys: [], paths };
    entry.keys.push(key);
    out.set(shape, entry);
  }
  return [...out.values()];
}
