/**
 * The query planner may only save work: for random records and random queries, answering through
 * the indexes gives exactly what testing every record gives (same records, same order under a
 * sort, same first records under a limit), including after updates and deletes.
 */
import { Query } from 'mingo';
import { CollectionStore } from '../../localcloud/store/collection-store';
import { Journal } from '../../localcloud/store/journal';
import { planQuery } from '../../localcloud/store/query-planner';
import { matching } from '../../localcloud/admin/matching';
import type { Doc } from '../../localcloud/store/wire-codec';
import { tempDir } from './helpers';

/** A small deterministic generator (mulberry32): failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDEXES = [
  { name: 'branch_id', keys: { branchId: 1, _id: -1 } as Record<string, 1 | -1> },
  { name: 'branch_score', keys: { branchId: 1, score: -1 } as Record<string, 1 | -1> },
  { name: 'tags', keys: { tags: 1 } as Record<string, 1 | -1> },
  { name: 'grants_role', keys: { 'grants.role': 1 } as Record<string, 1 | -1> },
  { name: 'day', keys: { day: 1, at: 1 } as Record<string, 1 | -1> },
];

function randomDoc(r: () => number, i: number): Doc {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const doc: Doc = { _id: `d${String(Math.floor(r() * 1e6)).padStart(6, '0')}_${i}` };
  if (r() < 0.9) doc.branchId = pick(['bA', 'bB', 'bC', null]);
  if (r() < 0.9) doc.score = pick([1, 2, 3, 5, 8, 13, null, 'x']);
  if (r() < 0.7) doc.tags = pick([[], ['困难党员'], ['人才', '头雁'], ['人才'], '人才']);
  if (r() < 0.5) doc.grants = pick([[{ role: 'cadre', groupId: 'g1' }], [{ role: 'secretary' }, { role: 'cadre' }], []]);
  doc.day = pick(['2026-11-30', '2026-12-01', '2026-12-02']);
  doc.at = Math.floor(r() * 100);
  return doc;
}

function randomQuery(r: () => number): { criteria: Record<string, unknown>; order?: Record<string, 1 | -1>; limit: number } {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const criteria: Record<string, unknown> = {};
  if (r() < 0.7) criteria.branchId = pick(['bA', 'bB', null, { $in: ['bA', 'bC'] }, { $eq: 'bB' }]);
  if (r() < 0.4) criteria.score = pick([{ $gt: 2 }, { $gte: 3, $lt: 13 }, { $lte: 5 }, 8, { $ne: 3 }]);
  if (r() < 0.3) criteria._id = pick([{ $gt: 'd3' }, { $lt: 'd6' }, { $gte: 'd2', $lte: 'd8' }]);
  if (r() < 0.2) criteria.tags = pick(['人才', '困难党员', { $in: ['头雁', '困难党员'] }]);
  if (r() < 0.2) criteria['grants.role'] = pick(['cadre', 'secretary']);
  if (r() < 0.2) criteria.day = pick(['2026-12-01', { $gte: '2026-12-01' }]);
  if (r() < 0.1) Object.assign(criteria, { $and: [{ at: { $gt: 20 } }, { branchId: 'bA' }] });
  const order = pick<Record<string, 1 | -1> | undefined>([undefined, { _id: 1 }, { _id: -1 }, { score: -1 }, { score: 1, _id: 1 }, { at: 1 }, { day: 1, at: 1 }]);
  return { criteria, order, limit: pick([1, 5, 20, 1000]) };
}

/** What a scan gives: every record tested, mingo's sort, then the first `limit`. */
function byScan(docs: Doc[], criteria: Record<string, unknown>, order: Record<string, 1 | -1> | undefined, limit: number): Doc[] {
  let cursor = new Query(criteria).find(docs);
  if (order) cursor = cursor.sort(order);
  return cursor.limit(limit).all() as Doc[];
}

describe('query indexes answer what a scan answers', () => {
  const store = new CollectionStore(new Journal(tempDir()));
  store.load();
  for (const ix of INDEXES) store.defineIndexes('things', [ix]);
  store.defineIndexes('things', INDEXES);
  const r = rng(20261202);
  store.commit([{ op: 'createColl', coll: 'things' }]);
  store.commit(Array.from({ length: 600 }, (_, i) => ({ op: 'put' as const, coll: 'things', doc: randomDoc(r, i) })));
  const coll = () => store.get('things')!;
  const docs = () => [...coll().docs.values()];

  it('for 500 random queries, with and without sort and limit', () => {
    let planned = 0;
    for (let n = 0; n < 500; n++) {
      const { criteria, order, limit } = randomQuery(r);
      const expected = byScan(docs(), criteria, order, limit);
      const got = matching(store, coll(), criteria, { order, need: limit }).slice(0, limit);
      if (planQuery(store.queryIndexes(coll()), criteria, order)) planned++;
      if (order) {
        // Ties on the sort keys may come in any order (as in the cloud): compare the sort keys, then the sets.
        const keys = (d: Doc) => Object.keys(order).map((k) => JSON.stringify(d[k] ?? null)).join('|');
        expect(got.map(keys)).toEqual(expected.map(keys));
        if (limit >= 600) expect(new Set(got.map((d) => d._id))).toEqual(new Set(expected.map((d) => d._id)));
      } else if (limit >= 600) {
        expect(got.map((d) => d._id)).toEqual(expected.map((d) => d._id));
      } else {
        expect(got).toHaveLength(expected.length);
      }
    }
    expect(planned).toBeGreaterThan(250);
  });

  it('stays exact after updates and deletes', () => {
    const batch = docs()
      .filter((_, i) => i % 3 === 0)
      .map((d, i) => (i % 2 ? { op: 'del' as const, coll: 'things', id: d._id } : { op: 'put' as const, coll: 'things', doc: { ...randomDoc(r, 9000 + i), _id: d._id } }));
    store.commit(batch);
    for (let n = 0; n < 200; n++) {
      const { criteria } = randomQuery(r);
      const expected = byScan(docs(), criteria, undefined, 1000).map((d) => d._id);
      expect(matching(store, coll(), criteria).map((d) => d._id)).toEqual(expected);
    }
  });

  it('walks only the key range of an equality + keyset query', () => {
    const plan = planQuery(store.queryIndexes(coll()), { branchId: 'bA', _id: { $gt: 'd5' } }, { _id: 1 });
    expect(plan).toMatchObject({ ordered: true, reverse: true });
    expect(plan!.index.name).toBe('branch_id');
    const noIndex = planQuery(store.queryIndexes(coll()), { note: 'x' }, undefined);
    expect(noIndex).toBeNull();
  });
});
