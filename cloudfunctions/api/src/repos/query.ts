import type { ListConstraint } from '@/domain/auth/scope.rules';
import { _, type DbHandle } from '../platform/cloud';

/** The cloud caps one get() at 1000 records: page through with skip until a short page (only `fields`, when given). */
export async function getAll<T>(h: DbHandle, collection: string, where: object = {}, orderBy: [string, 'asc' | 'desc'] = ['_id', 'asc'], fields?: Record<string, boolean>): Promise<T[]> {
  const PAGE = 1000;
  const out: T[] = [];
  for (let skip = 0; ; skip += PAGE) {
    let q = h.collection(collection).where(where).orderBy(orderBy[0], orderBy[1]);
    if (fields) q = q.field(fields);
    if (skip) q = q.skip(skip);
    const { data } = await q.limit(PAGE).get();
    out.push(...(data as T[]));
    if (data.length < PAGE) return out;
  }
}

/** `fetch` over `ids` in chunks the cloud answers in one request (1000 records), one chunk after another. */
export async function inChunks<R>(ids: readonly string[], fetch: (chunk: string[]) => Promise<R[]>, size = 1000): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await fetch(ids.slice(i, i + size))));
  return out;
}

/** Drops undefined values: the SDK would otherwise send them as nulls or reject them. */
export function defined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** Organisation units a list is limited to: some branches ∪ some village groups. */
export interface Units {
  branchIds: string[];
  groupIds: string[];
}

/** The units a ledger-scope constraint (constrainList) limits a list to; null when it sees the whole county. */
export const unitsOf = (constraint: NonNullable<ListConstraint>): Units | null =>
  constraint.unrestricted ? null : { branchIds: constraint.branchIds, groupIds: constraint.groupIds };

/** Where clause: the record sits in one of `units`' branches or groups (null/undefined = no limit). */
export function withinUnits(units: Units | null | undefined): object | null {
  if (!units) return null;
  const anyOf: object[] = [];
  if (units.branchIds.length) anyOf.push({ branchId: _.in(units.branchIds) });
  if (units.groupIds.length) anyOf.push({ groupId: _.in(units.groupIds) });
  return anyOf.length === 1 ? anyOf[0] : _.or(anyOf);
}

// Only a plain `{}` means "no condition"; SDK commands (`_.or(...)`) are class instances.
const isEmptyCondition = (c: object): boolean => Object.getPrototypeOf(c) === Object.prototype && Object.keys(c).length === 0;

/**
 * The conjunction of `conds` (nulls and empty `{}` dropped) and, with `before`, the keyset cursor
 * `_id < before` for lists ordered newest first by time-sortable `_id`.
 */
export function allOf(conds: (object | null | undefined)[], before?: string): object {
  const all = [...conds.filter((c): c is object => c != null && !isEmptyCondition(c)), ...(before ? [{ _id: _.lt(before) }] : [])];
  return all.length === 0 ? {} : all.length === 1 ? all[0] : _.and(all);
}

/**
 * Keyset cursor for lists ordered by (`field` desc, `_id` desc): the records after the previous
 * page's last one, whose `field` is `value` and `_id` is `id`.
 */
export const keysetAfter = (field: string, value: unknown, id: string): object => _.or([{ [field]: _.lt(value) }, { [field]: value, _id: _.lt(id) }]);

/**
 * Dotted paths `a.b.c` → nested objects `{ a: { b: { c } } }`: the first write of a counters document
 * that later updates reach by path (update() does not upsert, so the first write is an add()).
 */
export function nestPaths(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = out;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  }
  return out;
}
