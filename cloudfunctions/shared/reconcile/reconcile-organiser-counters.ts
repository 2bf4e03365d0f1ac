/**
 * The counters organisers' writes move by increments after their record (docs/write-paths.md):
 * care (`careCounters/<year>_county|_b_<branch>|_g_<group>` ← careCases and careVisits), the
 * hometown pipeline (`projectTotals/pipeline` ← projects) and award votes
 * (`awardNominations.votes` ← awardVotes). Same rule as the member counters: recomputed from the
 * records for what had writes since `since`, left `busy` while a write is younger than the settle
 * time, mended by a compare-and-set of increments.
 */
import { counterId, kindKeys } from '@/domain/care/counters.rules';
import type { CareKind, CaseState } from '@/domain/care/care.schema';
import { roundWan, totalsDelta } from '@/domain/hometown/pipeline.rules';
import type { Project } from '@/domain/hometown/project.schema';
import { isDuplicateKey } from '../platform/db-errors';
import { _, db } from '../platform/cloud';
import { getAll } from '../repos/query';
import { mendCounts, type ReconcileReport } from './mends';

const CARE_FIELDS = ['filed', 'byKind', 'byState', 'visits', 'families', 'amountFen'];

interface CaseRow { memberId: string; branchId: string; groupId: string; year: number; kind: CareKind; state: CaseState; updatedAt: number }
interface VisitRow { _id: string; memberId: string; branchId: string; groupId: string; year: number; amountFen: number | null; at: number }

const careUnits = (year: number, r: { branchId: string; groupId: string }) => [
  counterId(year, { kind: 'county' }),
  counterId(year, { kind: 'branch', id: r.branchId }),
  counterId(year, { kind: 'group', id: r.groupId }),
];

export async function reconcileCare(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const cases = await getAll<CaseRow>(db, 'careCases', { updatedAt: _.gte(since) }, ['_id', 'asc'], { memberId: true, branchId: true, groupId: true, year: true, updatedAt: true });
  const visits = await getAll<VisitRow>(db, 'careVisits', { at: _.gte(since) }, ['_id', 'asc'], { branchId: true, groupId: true, year: true, at: true });
  // A transfer moves a member's open cases out of his old branch and group: those units changed too.
  const moves = await getAll<{ at: number; changes: { field: string; from: unknown }[] }>(db, 'member_changes', { at: _.gte(since) }, ['_id', 'asc'], { at: true, changes: true });
  const lastWrite = new Map<string, { year: number; at: number }>();
  const touch = (id: string, year: number, at: number) => lastWrite.set(id, { year, at: Math.max(lastWrite.get(id)?.at ?? 0, at) });
  for (const c of cases) for (const id of careUnits(c.year, c)) touch(id, c.year, c.updatedAt);
  for (const v of visits) for (const id of careUnits(v.year, v)) touch(id, v.year, v.at);
  const years = new Set([...cases.map((c) => c.year), ...visits.map((v) => v.year)]);
  for (const m of moves) {
    for (const ch of m.changes ?? []) {
      if (typeof ch.from !== 'string' || (ch.field !== 'branchId' && ch.field !== 'groupId')) continue;
      for (const year of years) touch(counterId(year, { kind: ch.field === 'branchId' ? 'branch' : 'group', id: ch.from }), year, m.at);
    }
  }
  const byYear = new Map<number, { cases: CaseRow[]; visits: VisitRow[]; firstVisit: Map<string, VisitRow> }>();
  for (const [id, { year, at }] of lastWrite) {
    if (at > settled) { report.busy.push(`careCounters/${id}`); continue; }
    if (!byYear.has(year)) byYear.set(year, await careRecords(year));
    const all = byYear.get(year)!;
    const inUnit = (r: { branchId: string; groupId: string }) => careUnits(year, r).includes(id);
    const want = new Map<string, number>();
    const add = (path: string, n: number) => want.set(path, (want.get(path) ?? 0) + n);
    for (const c of all.cases.filter(inUnit)) {
      add('filed', 1);
      add(`byKind.${kindKeys[c.kind]}`, 1);
      add(`byState.${c.state}`, 1);
    }
    for (const v of all.visits.filter(inUnit)) {
      add('visits', 1);
      if (v.amountFen) add('amountFen', v.amountFen);
    }
    // A family counts once a year, in the units of its first visit of the year.
    for (const first of all.firstVisit.values()) if (inUnit(first)) add('families', 1);
    const stored = (await db.collection('careCounters').doc(id).get()).data as Record<string, unknown> | null;
    await mendCounts(report, 'careCounters', id, stored, CARE_FIELDS, want, { year });
  }
  for (const [year, all] of byYear) await markFamilies(year, all.firstVisit);
}

/** A year's cases and visits, and each family's first visit of the year (by time, then id). */
async function careRecords(year: number) {
  const cases = await getAll<CaseRow>(db, 'careCases', { year }, ['_id', 'asc'], { branchId: true, groupId: true, kind: true, state: true });
  const visits = await getAll<VisitRow>(db, 'careVisits', { year }, ['_id', 'asc'], { memberId: true, branchId: true, groupId: true, amountFen: true, at: true });
  const firstVisit = new Map<string, VisitRow>();
  for (const v of visits) {
    const f = firstVisit.get(v.memberId);
    if (!f || v.at < f.at || (v.at === f.at && v._id < f._id)) firstVisit.set(v.memberId, v);
  }
  return { cases, visits, firstVisit };
}

/**
 * A visit whose call died before the family's yearly mark: the mark is written now, so the
 * family's next visit does not count it a second time.
 */
async function markFamilies(year: number, firstVisit: Map<string, VisitRow>): Promise<void> {
  const marked = new Set((await getAll<{ memberId: string }>(db, 'careVisitedFamilies', { year }, ['_id', 'asc'], { memberId: true })).map((m) => m.memberId));
  for (const [memberId, v] of firstVisit) {
    if (marked.has(memberId)) continue;
    try {
      await db.collection('careVisitedFamilies').add({ data: { _id: `${year}_${memberId}`, year, memberId, at: v.at } });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
}

/** `projectTotals/pipeline`: the county's and each branch's totals per stage, from every project. */
export async function reconcileProjects(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const recent = await getAll<{ updatedAt: number }>(db, 'projects', { updatedAt: _.gte(since) }, ['_id', 'asc'], { updatedAt: true });
  if (!recent.length) return;
  if (Math.max(...recent.map((p) => p.updatedAt)) > settled) { report.busy.push('projectTotals/pipeline'); return; }
  const all = await getAll<Pick<Project, 'stage' | 'amount' | 'jobs' | 'branchId'>>(db, 'projects', {}, ['_id', 'asc'], { stage: true, amount: true, jobs: true, branchId: true });
  const want = new Map<string, number>();
  for (const p of all) {
    for (const [path, n] of Object.entries(totalsDelta(null, p))) {
      for (const key of [`county.${path}`, ...(p.branchId ? [`branches.${p.branchId}.${path}`] : [])]) want.set(key, (want.get(key) ?? 0) + n);
    }
  }
  const stored = (await db.collection('projectTotals').doc('pipeline').get()).data as Record<string, unknown> | null;
  const round = (path: string, v: number) => (path.endsWith('.amount') ? roundWan(v) : v);
  await mendCounts(report, 'projectTotals', 'pipeline', stored, ['county', 'branches'], want, { branches: {} }, round);
}

/** `awardNominations/<campaign>_<candidate>.votes` ← the votes cast for that candidate. */
export async function reconcileVotes(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const recent = await getAll<{ campaignId: string; candidateId: string; at: number }>(db, 'awardVotes', { at: _.gte(since) }, ['_id', 'asc'], { campaignId: true, candidateId: true, at: true });
  const lastWrite = new Map<string, { campaignId: string; candidateId: string; at: number }>();
  for (const v of recent) {
    const id = `${v.campaignId}_${v.candidateId}`;
    lastWrite.set(id, { ...v, at: Math.max(lastWrite.get(id)?.at ?? 0, v.at) });
  }
  for (const [id, { campaignId, candidateId, at }] of lastWrite) {
    if (at > settled) { report.busy.push(`awardNominations/${id}`); continue; }
    const nomination = (await db.collection('awardNominations').doc(id).field({ votes: true }).get()).data as { votes?: number } | null;
    if (!nomination) continue;
    const { total } = await db.collection('awardVotes').where({ campaignId, candidateId }).count();
    await mendCounts(report, 'awardNominations', id, nomination, ['votes'], new Map([['votes', total as number]]));
  }
}
