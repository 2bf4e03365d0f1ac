/**
 * Picks the index that narrows a query most, as the cloud database's planner would: equality (or
 * `in`) on the index's leading fields, then a range on the next one, and — when one key range
 * remains — whether walking it already gives the requested sort, so `limit` can stop the walk.
 * The plan only proposes candidates: every record is still tested against the full query, so a
 * condition the planner does not understand narrows nothing but never loses a match.
 */
import { isPlannable } from './key-order';
import type { KeyRange, QueryIndex } from './query-index';

interface FieldCondition {
  eq?: unknown[];
  low?: unknown;
  high?: unknown;
}

export interface QueryPlan {
  index: QueryIndex;
  ranges: KeyRange[];
  reverse: boolean;
  /** The walk yields records in the requested order: stop once enough have matched. */
  ordered: boolean;
}

/**
 * At most this many key ranges from `in` lists: enough for a page of point lookups (`_id in` the
 * 1,000 ids a get() can return), each a B+ tree seek instead of a pass over the collection.
 */
const MAX_RANGES = 1000;

const isOperatorObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'));

/** Conditions usable for planning, per field path. Any one AND-ed condition gives a superset, so the first is kept. */
function conditionsOf(criteria: Record<string, unknown>, out = new Map<string, FieldCondition>()): Map<string, FieldCondition> {
  for (const [path, v] of Object.entries(criteria)) {
    if (path === '$and' && Array.isArray(v)) {
      for (const part of v) if (part && typeof part === 'object') conditionsOf(part as Record<string, unknown>, out);
      continue;
    }
    if (path.startsWith('$')) continue;
    const c = out.get(path) ?? {};
    if (isPlannable(v)) c.eq ??= [v];
    else if (isOperatorObject(v)) {
      if ('$eq' in v && isPlannable(v.$eq)) c.eq ??= [v.$eq];
      if (Array.isArray(v.$in) && v.$in.length && v.$in.every(isPlannable)) c.eq ??= v.$in;
      for (const op of ['$gt', '$gte'] as const) if (op in v && isPlannable(v[op]) && v[op] !== null) c.low ??= v[op];
      for (const op of ['$lt', '$lte'] as const) if (op in v && isPlannable(v[op]) && v[op] !== null) c.high ??= v[op];
    }
    out.set(path, c);
  }
  return out;
}

function planFor(index: QueryIndex, conds: Map<string, FieldCondition>, order: [string, 1 | -1][]): { plan: QueryPlan; score: number } | null {
  let prefixes: unknown[][] = [[]];
  let j = 0;
  for (; j < index.fields.length; j++) {
    const eq = conds.get(index.fields[j].path)?.eq;
    if (!eq || prefixes.length * eq.length > MAX_RANGES) break;
    prefixes = prefixes.flatMap((p) => eq.map((v) => [...p, v]));
  }
  const next = index.fields[j];
  const bounds = next ? conds.get(next.path) : undefined;
  const hasRange = bounds !== undefined && (bounds.low !== undefined || bounds.high !== undefined);
  const ranges = prefixes.map((prefix) => ({ prefix, ...(hasRange ? { low: bounds.low, high: bounds.high } : {}) }));

  // Fields fixed to one value do not affect the order; the rest must follow the index from field j.
  const fixed = new Set(index.fields.slice(0, j).filter((f) => conds.get(f.path)?.eq?.length === 1).map((f) => f.path));
  const wanted = order.filter(([path]) => !fixed.has(path));
  const follows = (sign: 1 | -1) =>
    wanted.every(([path, dir], m) => {
      const f = index.fields[j + m];
      return f !== undefined && f.path === path && f.dir * sign === dir && !index.multikeyPaths.has(path);
    });
  const single = ranges.length === 1;
  const forward = wanted.length > 0 && single && follows(1);
  const backward = wanted.length > 0 && single && !forward && follows(-1);
  const ordered = forward || backward;
  const score = j * 10 + (hasRange ? 5 : 0) + (ordered ? 3 : 0);
  if (score === 0) return null;
  return { plan: { index, ranges, reverse: backward, ordered }, score };
}

/** The best plan over `indexes`, or null when none narrows the query or gives its order (scan). */
export function planQuery(indexes: QueryIndex[], criteria: Record<string, unknown> | undefined, order: Record<string, 1 | -1> | undefined): QueryPlan | null {
  const conds = conditionsOf(criteria ?? {});
  const orderList = Object.entries(order ?? {}) as [string, 1 | -1][];
  let best: { plan: QueryPlan; score: number } | null = null;
  for (const index of indexes) {
    const candidate = planFor(index, conds, orderList);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best?.plan ?? null;
}
