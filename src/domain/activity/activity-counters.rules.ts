import { activityKindList, activityKinds, type ActivityKind } from './activity-kinds';
import { fromHalfHours, toHalfHours } from './hours.rules';

/**
 * Activity statistics are counters, one document per year and unit (activityCounters/<year>_county,
 * <year>_b_<branchId>, <year>_g_<groupId>), moved by atomic increments after the record that
 * justifies them and recomputable from the records (the reconciler does):
 *   events  — activities held for the unit (the county; each branch it is for). A village group
 *             holds none: its members take part in their branches' activities.
 *   people  — sign-ins (参加人次) of members placed in the unit when they signed in.
 *   halfHours — volunteer hours given, in half hours.
 * Each also per kind under `byKind.<key>`.
 */
export type UnitRef = { kind: 'county' } | { kind: 'branch'; id: string } | { kind: 'group'; id: string };

export const counterId = (year: number, unit: UnitRef): string =>
  unit.kind === 'county' ? `${year}_county` : `${year}_${unit.kind === 'branch' ? 'b' : 'g'}_${unit.id}`;

/** The documents an activity's creation moves: the county and each of its branches. */
export const eventCounterIds = (year: number, branchIds: readonly string[]): string[] => [counterId(year, { kind: 'county' }), ...branchIds.map((id) => counterId(year, { kind: 'branch', id }))];

/** The documents a member's sign-in or hours move: the county, his branch, his village group. */
export const personCounterIds = (year: number, p: { branchId: string; groupId: string }): string[] => [
  counterId(year, { kind: 'county' }),
  counterId(year, { kind: 'branch', id: p.branchId }),
  counterId(year, { kind: 'group', id: p.groupId }),
];

export type CounterMoves = Record<string, number>;
const k = (kind: ActivityKind) => activityKinds[kind];

export const eventMoves = (kind: ActivityKind): CounterMoves => ({ events: 1, [`byKind.${k(kind)}.events`]: 1 });
/** A cancelled activity is no event: its creation's moves taken back. */
export const cancelMoves = (kind: ActivityKind): CounterMoves => ({ events: -1, [`byKind.${k(kind)}.events`]: -1 });
export const signinMoves = (kind: ActivityKind): CounterMoves => ({ people: 1, [`byKind.${k(kind)}.people`]: 1 });
export const hoursMoves = (kind: ActivityKind, deltaHalfHours: number): CounterMoves =>
  deltaHalfHours ? { halfHours: deltaHalfHours, [`byKind.${k(kind)}.halfHours`]: deltaHalfHours } : {};

interface Figures {
  events?: number;
  people?: number;
  halfHours?: number;
}
export interface ActivityCounters extends Figures {
  byKind?: Record<string, Figures>;
}

export interface KindFigures {
  events: number;
  people: number;
  hours: number;
}
export interface ActivityStats extends KindFigures {
  byKind: Record<ActivityKind, KindFigures>;
}

const figures = (f: Figures | undefined): KindFigures => ({ events: f?.events ?? 0, people: f?.people ?? 0, hours: fromHalfHours(f?.halfHours ?? 0) });

/** What a dashboard shows from one counters document (null: nothing held yet). */
export function activityStatsOf(doc: ActivityCounters | null): ActivityStats {
  const byKind = Object.fromEntries(activityKindList.map((kind) => [kind, figures(doc?.byKind?.[k(kind)])])) as Record<ActivityKind, KindFigures>;
  return { ...figures(doc ?? undefined), byKind };
}

/**
 * The counters the records say a unit should hold, from their totals per kind: `events` the
 * activities held for it, `signins` its members' sign-ins and the hours they were given. The
 * reconciler compares these, field by field, with what is stored.
 */
export function countersFromTotals(events: { kind: ActivityKind; n: number }[], signins: { kind: ActivityKind; n: number; hours: number }[]): Record<string, number> {
  const want: Record<string, number> = { events: 0, people: 0, halfHours: 0 };
  for (const kind of activityKindList) for (const f of ['events', 'people', 'halfHours']) want[`byKind.${k(kind)}.${f}`] = 0;
  const add = (kind: ActivityKind, field: string, n: number) => {
    want[field] += n;
    want[`byKind.${k(kind)}.${field}`] += n;
  };
  for (const e of events) add(e.kind, 'events', e.n);
  for (const s of signins) {
    add(s.kind, 'people', s.n);
    add(s.kind, 'halfHours', toHalfHours(s.hours));
  }
  return want;
}

/**
 * One member's figures from his own sign-ins (一人一档), shaped as a unit's: each sign-in is one
 * event he attended and one 人次, with the hours he was given.
 */
export function memberFigures(signins: { kind: ActivityKind; hours: number }[]): ActivityStats {
  const doc: ActivityCounters = { events: 0, people: 0, halfHours: 0, byKind: {} };
  for (const s of signins) {
    const half = toHalfHours(s.hours);
    for (const f of [doc, (doc.byKind![k(s.kind)] ??= {})]) {
      f.events = (f.events ?? 0) + 1;
      f.people = (f.people ?? 0) + 1;
      f.halfHours = (f.halfHours ?? 0) + half;
    }
  }
  return activityStatsOf(doc);
}
