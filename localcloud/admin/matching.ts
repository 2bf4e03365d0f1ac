/**
 * The records of a collection that match a query, in the query's order: through the best index
 * when one applies (query-planner), else by testing every record. Both paths test each candidate
 * with mingo, so they answer the same records; the index only saves work.
 */
import type { Collection, CollectionStore } from '../store/collection-store';
import { planQuery } from '../store/query-planner';
import type { Doc } from '../store/wire-codec';
import { compileQuery, withMingo } from './db-context';

export interface MatchOptions {
  order?: Record<string, 1 | -1>;
  /** How many records in order the caller can use (offset + limit); the walk may stop there. */
  need?: number;
  /** The caller only counts the records: skip putting an index walk back in arrival order. */
  anyOrder?: boolean;
}

export function matching(store: CollectionStore, coll: Collection, criteria: Record<string, unknown> | undefined, opts: MatchOptions = {}): Doc[] {
  const q = compileQuery(criteria);
  const order = opts.order && Object.keys(opts.order).length ? opts.order : undefined;
  const plan = planQuery(store.queryIndexes(coll), criteria, order);
  const need = opts.need ?? Infinity;
  if (!plan) {
    // A scan in arrival order can stop once enough have matched; a sort needs every match first.
    const found: Doc[] = [];
    withMingo('query', () => {
      for (const d of coll.docs.values()) {
        if (!q.test(d)) continue;
        found.push(d);
        if (!order && found.length >= need) return;
      }
    });
    return order ? sortDocs(found, order) : found;
  }
  const seen = new Set<string>();
  const out: Doc[] = [];
  withMingo('query', () => {
    for (const range of plan.ranges) {
      for (const id of plan.index.scan(range, plan.reverse)) {
        if (seen.has(id)) continue;
        seen.add(id);
        const doc = coll.docs.get(id);
        if (doc && q.test(doc)) out.push(doc);
        if (plan.ordered && out.length >= need) return;
      }
    }
  });
  if (plan.ordered) return out;
  if (order) return sortDocs(out, order);
  return opts.anyOrder ? out : out.sort((a, b) => coll.seq.get(a._id)! - coll.seq.get(b._id)!);
}

function sortDocs(docs: Doc[], order: Record<string, 1 | -1>): Doc[] {
  return withMingo('sort', () => compileQuery(undefined).find(docs).sort(order).all() as Doc[]);
}
