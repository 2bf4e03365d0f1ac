/**
 * The counters' safety net. Write paths insert the record (the idempotency key) and then move the
 * shared counters by atomic increments outside any transaction, so a call that dies in between
 * leaves a counter one short. This recomputes, from the records, the counters of every unit, push
 * and theme-day month that had writes since `since`, and mends any drift by increments (so
 * increments landing meanwhile are not overwritten). Units with a write in the last `settleMs`
 * (longer than the api's timeout) are left for the next run: their increments may still be in
 * flight, and counting them now would count them twice. Run by cron-reconcile and stats.reconcile.
 */
import { citiesOf, cityKey, countersOf, parseUnitKey, unitKey, type CountedMember } from '@/domain/stats/counter.rules';
import { counterKey } from '@/domain/themeday/attendance-counters.rules';
import { _, db } from '../platform/cloud';
import { getAll } from '../repos/query';
import { applyMends, mend, note, settleMs, type Incs, type ReconcileReport } from './mends';
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

async function reconcileUnits(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const recent = await getAll<{ branchId: string; groupId: string; updatedAt: number }>(db, 'members', { updatedAt: _.gte(since) }, ['_id', 'asc'], { branchId: true, groupId: true, updatedAt: true });
  const moves = await getAll<{ at: number; changes: { field: string; from: unknown; to: unknown }[] }>(db, 'member_changes', { at: _.gte(since) }, ['_id', 'asc'], { at: true, changes: true });
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
  for (const [key, at] of lastWrite) {
    if (at > settled) { report.busy.push(key); continue; }
    const { kind, id } = parseUnitKey(key);
    const coll = kind === 'branch' ? 'branches' : 'groups';
    const unit = (await db.collection(coll).doc(id).get()).data as { memberCount?: number; lostCount?: number; cityCounts?: Record<string, number> } | null;
    if (!unit) continue;
    report.checked++;
    const members = await getAll<CountedMember>(db, 'members', { [`${kind}Id`]: id }, ['_id', 'asc'], { branchId: true, groupId: true, city: true, status: true });
    const want = countersOf(members).get(key) ?? { memberCount: 0, lostCount: 0, cityCounts: {} };
    const doc = `${coll}/${id}`;
    const incs: Incs = {};
    mend(report, doc, incs, 'memberCount', unit.memberCount ?? 0, want.memberCount);
    mend(report, doc, incs, 'lostCount', unit.lostCount ?? 0, want.lostCount);
    const stored = unit.cityCounts ?? {};
    const wanted = citiesOf(want.cityCounts);
    for (const city of new Set([...citiesOf(stored).keys(), ...wanted.keys()])) {
      const k = cityKey(city);
      const prefixed = Object.prototype.hasOwnProperty.call(stored, k) ? stored[k] : 0;
      mend(report, doc, incs, `cityCounts.${k}`, prefixed, wanted.get(city) ?? 0);
    }
    // Keys written before the `c:` prefix: their members are counted under the prefixed key now.
    for (const legacy of Object.keys(stored).filter((k) => !k.startsWith('c:'))) {
      incs[`cityCounts.${legacy}`] = _.remove();
      note(incs, { doc, field: `cityCounts.${legacy}`, was: stored[legacy], now: 0 });
    }
    if (Object.keys(incs).length) await applyMends(report, coll, id, incs);
  }
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
