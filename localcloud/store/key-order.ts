/**
 * How index keys compare, MongoDB's way: values of different types order by type (null < numbers <
 * strings < objects < arrays < booleans < dates), values of one type by value. Two sentinels bound
 * index scans: MIN_KEY sorts before and MAX_KEY after every value, whatever the index direction.
 */
import type { Doc } from './wire-codec';

export const MIN_KEY = Symbol('MinKey');
export const MAX_KEY = Symbol('MaxKey');

function typeRank(v: unknown): number {
  if (v === null || v === undefined) return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (v instanceof Date) return 8;
  if (Array.isArray(v)) return 5;
  if (typeof v === 'boolean') return 7;
  return 4;
}

/** Total order of two stored values (no sentinels). */
export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 1:
      return 0;
    case 2:
    case 7:
      return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
    case 3:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case 8:
      return (a as Date).getTime() - (b as Date).getTime();
    default: {
      const sa = JSON.stringify(a);
      const sb = JSON.stringify(b);
      return sa === sb ? 0 : sa < sb ? -1 : 1;
    }
  }
}

/** A scalar an equality or range condition can be planned on (objects and arrays are matched by scan). */
export const isPlannable = (v: unknown): boolean =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;

/**
 * The values a dotted path reaches in a record, expanding arrays at any level as MongoDB's
 * multikey indexes do (`grants.role` over an array of grants gives every role). Nothing reached
 * indexes as null, as a missing field does in MongoDB.
 */
export function valuesAt(doc: Doc, path: string): { values: unknown[]; multi: boolean } {
  let level: unknown[] = [doc];
  let multi = false;
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const cur of level) {
      if (cur === null || typeof cur !== 'object' || cur instanceof Date) continue;
      const v = Array.isArray(cur) ? undefined : (cur as Record<string, unknown>)[part];
      if (Array.isArray(cur)) {
        multi = true;
        for (const el of cur) if (el !== null && typeof el === 'object' && !Array.isArray(el)) next.push((el as Record<string, unknown>)[part]);
      } else if (v !== undefined) next.push(v);
    }
    level = next;
  }
  const values: unknown[] = [];
  for (const v of level) {
    if (Array.isArray(v)) {
      multi = true;
      values.push(...(v.length ? v : [null]));
    } else values.push(v ?? null);
  }
  return { values: values.length ? values : [null], multi };
}
