/**
 * The activities' part of the counters' safety net (reconcile-counters.ts runs it): recomputes from
 * the records every counter an activity write since `since` moved, and mends drift by increments.
 *   activities/<id>.enrolled, .signedIn — counted from its standing enrolment and sign-in records
 *     (an enrolment that died between taking its seat and writing its record left a seat taken; a
 *     withdrawal, whose record's `at` moves, one that died before giving it back);
 *   activityCounters/<year>_<unit>      — events from the activities not cancelled (a cancel is
 *     found by its `cancelledAt`), people and hours from the sign-ins (activity-counters.rules.ts),
 *     one aggregate each.
 * What was written in the last `settled` window is left for the next run, as for the other counters.
 */
import { activityKinds, type ActivityKind } from '@/domain/activity/activity-kinds';
import { counterId, countersFromTotals, type UnitRef } from '@/domain/activity/activity-counters.rules';
import { _, db } from '../platform/cloud';
import { getAll } from '../repos/query';
import { applyMends, mend, type Incs, type ReconcileReport } from './mends';

type Written = { activityId: string; year: number; branchId: string; groupId: string; at: number; hoursAt?: number };

export async function reconcileActivities(report: ReconcileReport, since: number, settled: number): Promise<void> {
  type Held = { _id: string; year: number; branchIds: string[]; createdAt: number; cancelledAt?: number };
  const [created, cancelled, enrolled, signed, houred] = await Promise.all([
    getAll<Held>(db, 'activities', { createdAt: _.gte(since) }, ['_id', 'asc'], { year: true, branchIds: true, createdAt: true }),
    getAll<Held>(db, 'activities', { cancelledAt: _.gte(since) }, ['_id', 'asc'], { year: true, branchIds: true, createdAt: true, cancelledAt: true }),
    getAll<Written>(db, 'activityEnrolments', { at: _.gte(since) }, ['_id', 'asc'], { activityId: true, at: true }),
    getAll<Written>(db, 'activitySignins', { at: _.gte(since) }, ['_id', 'asc'], { activityId: true, year: true, branchId: true, groupId: true, at: true }),
    getAll<Written>(db, 'activitySignins', { hoursAt: _.gte(since) }, ['_id', 'asc'], { activityId: true, year: true, branchId: true, groupId: true, hoursAt: true }),
  ]);
  const activities = new Map<string, number>();
  const units = new Map<string, { year: number; unit: UnitRef; at: number }>();
  const touch = <K>(m: Map<K, number>, key: K, at: number) => m.set(key, Math.max(m.get(key) ?? 0, at));
  const touchUnit = (year: number, unit: UnitRef, at: number) => {
    const id = counterId(year, unit);
    units.set(id, { year, unit, at: Math.max(units.get(id)?.at ?? 0, at) });
  };
  for (const a of [...created, ...cancelled]) {
    const at = Math.max(a.createdAt, a.cancelledAt ?? 0);
    touchUnit(a.year, { kind: 'county' }, at);
    for (const id of a.branchIds) touchUnit(a.year, { kind: 'branch', id }, at);
  }
  for (const e of enrolled) touch(activities, e.activityId, e.at);
  for (const s of [...signed, ...houred]) {
    const at = Math.max(s.at ?? 0, s.hoursAt ?? 0);
    touch(activities, s.activityId, at);
    touchUnit(s.year, { kind: 'county' }, at);
    touchUnit(s.year, { kind: 'branch', id: s.branchId }, at);
    touchUnit(s.year, { kind: 'group', id: s.groupId }, at);
  }
  for (const [id, at] of activities) {
    if (at > settled) { report.busy.push(`activity:${id}`); continue; }
    await reconcileActivity(report, id);
  }
  for (const [id, { year, unit, at }] of units) {
    if (at > settled) { report.busy.push(`activityCounters/${id}`); continue; }
    await reconcileUnit(report, id, year, unit);
  }
}

async function reconcileActivity(report: ReconcileReport, id: string): Promise<void> {
  const stored = (await db.collection('activities').doc(id).field({ enrolled: true, signedIn: true }).get()).data as { enrolled?: number; signedIn?: number } | null;
  if (!stored) return;
  report.checked++;
  const [enrolments, signins] = await Promise.all([
    db.collection('activityEnrolments').where({ activityId: id, withdrawn: _.neq(true) }).count(),
    db.collection('activitySignins').where({ activityId: id }).count(),
  ]);
  const doc = `activities/${id}`;
  const incs: Incs = {};
  mend(report, doc, incs, 'enrolled', stored.enrolled ?? 0, enrolments.total);
  mend(report, doc, incs, 'signedIn', stored.signedIn ?? 0, signins.total);
  if (Object.keys(incs).length) await applyMends(report, 'activities', id, incs);
}

const $ = () => db.command.aggregate;

async function reconcileUnit(report: ReconcileReport, id: string, year: number, unit: UnitRef): Promise<void> {
  const stored = (await db.collection('activityCounters').doc(id).get()).data as Record<string, unknown> | null;
  const held = unit.kind === 'county' ? { year, cancelled: _.neq(true) } : unit.kind === 'branch' ? { year, branchIds: unit.id, cancelled: _.neq(true) } : null;
  const attended = unit.kind === 'county' ? { year } : { year, [`${unit.kind}Id`]: unit.id };
  const [events, people] = await Promise.all([
    held ? groupByKind('activities', held, { n: $().sum(1) }) : Promise.resolve([]),
    groupByKind('activitySignins', attended, { n: $().sum(1), hours: $().sum('$hours') }),
  ]);
  const want = countersFromTotals(events.map((e) => ({ kind: e._id, n: e.n })), people.map((p) => ({ kind: p._id, n: p.n, hours: p.hours ?? 0 })));
  report.checked++;
  const doc = `activityCounters/${id}`;
  const incs: Incs = {};
  for (const [field, n] of Object.entries(want)) mend(report, doc, incs, field, valueAt(stored, field), n);
  if (!Object.keys(incs).length) return;
  if (stored) await applyMends(report, 'activityCounters', id, incs);
  else report.busy.push(doc); // not created yet: its first increment creates it (incOrInsert)
}

async function groupByKind(coll: string, match: object, sums: Record<string, unknown>): Promise<{ _id: ActivityKind; n: number; hours?: number }[]> {
  const { list } = await db.collection(coll).aggregate().match(match).group({ _id: '$kind', ...sums }).limit(Object.keys(activityKinds).length).end();
  return list;
}

const valueAt = (doc: Record<string, unknown> | null, path: string): number => {
  let cur: unknown = doc;
  for (const part of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return typeof cur === 'number' ? cur : 0;
};
