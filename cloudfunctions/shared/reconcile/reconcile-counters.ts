/**
 * The counters' safety net. Write paths insert the record (the idempotency key) and then move the
 * shared counters by atomic increments outside any transaction, so a call that dies in between
 * leaves a counter one short. This recomputes, from the records, the counters of every unit, push
 * and theme-day month that had writes since `since`, and mends any drift by increments (so
 * increments landing meanwhile are not overwritten). Units with a write in the last `settleMs`
 * (longer than the api's timeout) are left for the next run: their increments may still be in
 * flight, and counting them now would count them twice. Run by cron-reconcile and stats.reconcile.
 */
import { countedOf } from '@/domain/mobility/mobility.rules';
import type { MobilityEnd } from '@/domain/mobility/mobility.schema';
import { countersOf, deltaPaths, parseUnitKey, unitKey, type CountedMember, type UnitCounters, type UnitCountersDoc } from '@/domain/stats/counter.rules';
import { counterKey } from '@/domain/themeday/attendance-counters.rules';
import { _, db } from '../platform/cloud';
import { getAll } from '../repos/query';
import { UNIT_COUNTERS } from '../repos/counters.repo';
import { applyMends, mend, mendCounts, settleMs, type Incs, type ReconcileReport } from './mends';
import { reconcileActivities } from './reconcile-activities';
import { reconcileMailings } from './reconcile-mailings';
import { reconcileCare, reconcileProjects, reconcileVotes } from './reconcile-organiser-counters';

export type { Mend, ReconcileReport } from './mends';

export async function reconcileCounters(since: number, now: number): Promise<ReconcileReport> {
  const report: ReconcileReport = { checked: 0, mended: [], busy: [] };
  const settled = now - settleMs();
  await reconcileUnits(report, since, settled);
  await reconcilePushes(report, since, settled);
  await reconcileThemedays(report, since, settled);
  await reconcileActivities(report, since, settled);
  await reconcileCare(report, since, settled);
  await reconcileProjects(report, since, settled);
  await reconcileVotes(report, since, settled);
  await reconcileMailings(report, since, settled);
  return report;
}

type MemberFigures = CountedMember & { mobility?: MobilityEnd | null; updatedAt: number };
const MEMBER_FIELDS = { branchId: true, groupId: true, city: true, status: true, ended: true, mobility: true, updatedAt: true };

/**
 * The units' counters (unitCounters, ended figures included) of the units written since `since`:
 * members whose record changed, and both sides of a recorded move. `since` ≤ 0 rebuilds every unit
 * that has members or a counters document from one pass over all members (the upgrade that moves
 * counters off the unit documents, docs/deploy.md), instead of one query per unit.
 */
async function reconcileUnits(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const all = since <= 0;
  const recent = await getAll<MemberFigures>(db, 'members', all ? {} : { updatedAt: _.gte(since) }, ['_id', 'asc'], MEMBER_FIELDS);
  // A rebuild reaches every unit through the members and the counters documents: no history needed.
  const moves = all ? [] : await getAll<{ at: number; changes: { field: string; from: unknown; to: unknown }[] }>(db, 'member_changes', { at: _.gte(since) }, ['_id', 'asc'], { at: true, changes: true });
  const lastWrite = new Map<string, number>();
  const touch = (key: string, at: number) => lastWrite.set(key, Math.max(lastWrite.get(key) ?? 0, at));
  for (const m of recent) { touch(unitKey('branch', m.branchId), m.updatedAt); touch(unitKey('group', m.groupId), m.updatedAt); }
  for (const c of moves) {
    for (const ch of c.changes ?? []) {
      const kind = ch.field === 'branchId' ? 'branch' : ch.field === 'groupId' ? 'group' : null;
      if (!kind) continue;
      for (const id of [ch.from, ch.to]) if (typeof id === 'string') touch(unitKey(kind, id), c.at);
    }
  }
  const wanted = all ? countersOf(recent.map(countedOf)) : null;
  const stored = all ? new Map((await getAll<UnitCountersDoc>(db, UNIT_COUNTERS)).map((c) => [c._id, c])) : null;
  for (const key of stored?.keys() ?? []) touch(key, 0); // a unit all of whose members left
  for (const [key, at] of lastWrite) {
    if (at > settled) { report.busy.push(key); continue; }
    const { kind, id } = parseUnitKey(key);
    const have = stored ? (stored.get(key) ?? null) : (((await db.collection(UNIT_COUNTERS).doc(key).get()).data as UnitCountersDoc | null) ?? null);
    const want = wanted ?? countersOf((await getAll<MemberFigures>(db, 'members', { [`${kind}Id`]: id }, ['_id', 'asc'], MEMBER_FIELDS)).map(countedOf));
    await mendCounts(report, UNIT_COUNTERS, key, have as Record<string, unknown> | null, COUNTER_FIELDS, counterPaths(want.get(key)), { kind, unitId: id });
  }
}

const COUNTER_FIELDS = ['memberCount', 'lostCount', 'cityCounts', 'endedCount', 'endedByReason'];

/** A unit's figures as the dotted paths of its counters document (zeros left out). */
const counterPaths = (c: Required<UnitCounters> | undefined): Map<string, number> =>
  new Map(Object.entries(deltaPaths({ members: c?.memberCount ?? 0, lost: c?.lostCount ?? 0, byCity: c?.cityCounts ?? {}, ended: c?.endedCount ?? 0, byReason: c?.endedByReason ?? {} })));

/** Every unit's member counters from all the members, the other counters untouched (stats.reconcile `rebuild`). */
export async function rebuildUnitCounters(now: number): Promise<ReconcileReport> {
  const report: ReconcileReport = { checked: 0, mended: [], busy: [] };
  await reconcileUnits(report, 0, now - settleMs());
  return report;
}

async function reconcilePushes(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const recent = await getAll<{ pushId: string; submittedAt: number }>(db, 'checkins', { submittedAt: _.gte(since) }, ['_id', 'asc'], { pushId: true, submittedAt: true });
  const lastWrite = new Map<string, number>();
  for (const c of recent) lastWrite.set(c.pushId, Math.max(lastWrite.get(c.pushId) ?? 0, c.submittedAt));
  for (const [pushId, at] of lastWrite) {
    if (at > settled) { report.busy.push(`push:${pushId}`); continue; }
    const push = (await db.collection('studyPushes').doc(pushId).field({ counters: true }).get()).data as { counters?: { total?: number; byBranch?: Record<string, number>; byGroup?: Record<string, number> } } | null;
    if (!push) continue;
    report.checked++;
    const all = await getAll<{ branchId: string; groupId: string }>(db, 'checkins', { pushId }, ['_id', 'asc'], { branchId: true, groupId: true });
    const stored = push.counters ?? {};
    const doc = `studyPushes/${pushId}`;
    const incs: Incs = {};
    mend(report, doc, incs, 'counters.total', stored.total ?? 0, all.length);
    for (const [part, field] of [['byBranch', 'branchId'], ['byGroup', 'groupId']] as const) {
      const want = new Map<string, number>();
      for (const c of all) want.set(c[field], (want.get(c[field]) ?? 0) + 1);
      const have = stored[part] ?? {};
      for (const id of new Set([...Object.keys(have), ...want.keys()])) mend(report, doc, incs, `counters.${part}.${id}`, have[id] ?? 0, want.get(id) ?? 0);
    }
    if (Object.keys(incs).length) await applyMends(report, 'studyPushes', pushId, incs);
  }
}

async function reconcileThemedays(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const recent = await getAll<{ branchId: string; month: string; at: number }>(db, 'themedaySignins', { at: _.gte(since) }, ['_id', 'asc'], { branchId: true, month: true, at: true });
  const lastWrite = new Map<string, number>();
  for (const s of recent) {
    const k = `${s.branchId}|${s.month}`;
    lastWrite.set(k, Math.max(lastWrite.get(k) ?? 0, s.at));
  }
  for (const [k, at] of lastWrite) {
    const [branchId, month] = k.split('|');
    if (at > settled) { report.busy.push(`themeday:${branchId}:${month}`); continue; }
    const plan = (await db.collection('themedayPlans').doc(branchId).field({ counters: true }).get()).data as { counters?: Record<string, Partial<Record<'signedIn' | 'online' | 'onsite', number>>> } | null;
    if (!plan) continue;
    report.checked++;
    const all = await getAll<{ mode: 'online' | 'onsite' }>(db, 'themedaySignins', { branchId, month }, ['_id', 'asc'], { mode: true });
    const key = counterKey(month);
    const stored = plan.counters?.[key] ?? {};
    const doc = `themedayPlans/${branchId}`;
    const incs: Incs = {};
    mend(report, doc, incs, `counters.${key}.signedIn`, stored.signedIn ?? 0, all.length);
    for (const mode of ['online', 'onsite'] as const) mend(report, doc, incs, `counters.${key}.${mode}`, stored[mode] ?? 0, all.filter((s) => s.mode === mode).length);
    if (Object.keys(incs).length) await applyMends(report, 'themedayPlans', branchId, incs);
  }
}
