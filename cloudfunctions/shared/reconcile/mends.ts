/**
 * Mending a drifted counter without overwriting increments that land meanwhile: each mend is an
 * increment applied as a compare-and-set on the value read (reconcile-counters.ts and the area
 * reconcilers beside it share these).
 */
import { isDuplicateKey } from '../platform/db-errors';
import { _, db } from '../platform/cloud';
import { nestPaths } from '../repos/query';

export interface Mend { doc: string; field: string; was: number; now: number }
export interface ReconcileReport { checked: number; mended: Mend[]; busy: string[] }

export type Incs = Record<string, unknown> & { [SEEN]?: Record<string, unknown>; [MENDS]?: Mend[] };
const SEEN = Symbol('seen');
export const MENDS = Symbol('mends');

/**
 * Longer than the api's 20 s timeout (config.json): a write older than this has finished or died.
 * RECONCILE_SETTLE_MS overrides it (0 right after a restart, when nothing can be in flight).
 */
export const settleMs = (): number => Number(process.env.RECONCILE_SETTLE_MS ?? 30_000);

/** Adds to `incs` the increment that takes `field` from `was` to `want` (applied only if `field` still holds `was`). */
export function mend(_report: ReconcileReport, doc: string, incs: Incs, field: string, was: number, want: number): void {
  if (was === want) return;
  incs[field] = _.inc(want - was);
  (incs[SEEN] ??= {})[field] = was === 0 ? _.in([0, null]) : was;
  (incs[MENDS] ??= []).push({ doc, field, was, now: want });
}

/**
 * Applies the mends of one document as a compare-and-set: only if every mended field still holds
 * what was read (a missing field reads 0). Two reconcilers at once (the timer and the county's
 * action) or an increment landing meanwhile make it match nothing: left for the next run.
 */
export async function applyMends(report: ReconcileReport, coll: string, id: string, incs: Incs): Promise<void> {
  const mends = incs[MENDS] ?? [];
  if (!Object.keys(incs).length) return;
  const res = await db.collection(coll).where({ _id: id, ...(incs[SEEN] ?? {}) }).update({ data: Object.fromEntries(Object.entries(incs)) });
  if ((res?.stats?.updated ?? 0) > 0) report.mended.push(...mends);
  else report.busy.push(`${coll}/${id}`);
}

/** Numeric leaves of a stored document as dotted paths (`byKind.school` → 2). */
export function flatCounts(stored: Record<string, unknown> | null | undefined, prefix = ''): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(stored ?? {})) {
    if (typeof v === 'number') out.set(prefix + k, v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [p, n] of flatCounts(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(p, n);
  }
  return out;
}

/**
 * Mends the counters `fields` of document `coll/id` to `want` (dotted paths; a stored path absent
 * from `want` should be 0). A document not there yet (the call died before its first increment
 * created it) is inserted holding `want` beside `extra`; an insert that loses to a concurrent first
 * write is left for the next run. `round` evens out sums of decimal amounts.
 */
export async function mendCounts(report: ReconcileReport, coll: string, id: string, stored: Record<string, unknown> | null, fields: string[], want: Map<string, number>, extra: Record<string, unknown> = {}, round: (path: string, v: number) => number = (_p, v) => v): Promise<void> {
  report.checked++;
  const doc = `${coll}/${id}`;
  if (!stored) {
    const nonZero = [...want].filter(([, n]) => n !== 0);
    if (!nonZero.length) return;
    try {
      await db.collection(coll).add({ data: { _id: id, ...extra, ...nestPaths(Object.fromEntries(nonZero)) } });
      report.mended.push(...nonZero.map(([field, n]) => ({ doc, field, was: 0, now: n })));
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      report.busy.push(doc);
    }
    return;
  }
  const have = new Map([...flatCounts(stored)].filter(([p]) => fields.some((f) => p === f || p.startsWith(`${f}.`))));
  const incs: Incs = {};
  for (const path of new Set([...have.keys(), ...want.keys()])) {
    const was = have.get(path) ?? 0;
    const target = want.get(path) ?? 0;
    if (round(path, target - was) !== 0) mend(report, doc, incs, path, was, round(path, target));
  }
  await applyMends(report, coll, id, incs);
}
