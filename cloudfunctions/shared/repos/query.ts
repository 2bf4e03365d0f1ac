import type { ListConstraint } from '@/domain/auth/scope.rules';
import { _, type DbHandle } from '../platform/cloud';
import { isDuplicateKey } from '../platform/db-errors';

type Query = ReturnType<DbHandle['collection']>;

/**
 * The cloud caps one get() at 1000 records: page through until a short page (only `fields`, when
 * given). In `_id` order (the default) a page starts after the previous page's last `_id` (keyset:
 * no skip, so records added meanwhile neither repeat nor push others out); other orders use skip.
 */
export async function getAll<T>(h: DbHandle, collection: string, where: object = {}, orderBy: [string, 'asc' | 'desc'] = ['_id', 'asc'], fields?: Record<string, boolean>): Promise<T[]> {
  const PAGE = 1000;
  const byId = orderBy[0] === '_id';
  const out: T[] = [];
  let last: string | null = null;
  for (let skip = 0; ; skip += PAGE) {
    const after = byId && last !== null ? { _id: orderBy[1] === 'asc' ? _.gt(last) : _.lt(last) } : null;
    let q: Query = h.collection(collection).where(allOf([where, after])).orderBy(orderBy[0], orderBy[1]);
    if (fields) q = q.field(fields);
    if (skip && !byId) q = q.skip(skip);
    const { data } = await q.limit(PAGE).get();
    out.push(...(data as T[]));
    if (data.length < PAGE) return out;
    last = (data[data.length - 1] as { _id: string })._id;
  }
}

/** `fetch` over `ids` in chunks the cloud answers in one request (1000 records), one chunk after another. */
export async function inChunks<R>(ids: readonly string[], fetch: (chunk: string[]) => Promise<R[]>, size = 1000): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await fetch(ids.slice(i, i + size))));
  return out;
}

/**
 * The records of `collection` whose `_id` is in `ids` (only `fields`, when given): one request per
 * 1000 ids, none for no ids.
 */
export function byIds<T>(h: DbHandle, collection: string, ids: readonly string[], fields?: Record<string, boolean>): Promise<T[]> {
  return inChunks(ids, async (chunk) => {
    let q = h.collection(collection).where({ _id: _.in(chunk) });
    if (fields) q = q.field(fields);
    return (await q.limit(chunk.length).get()).data as T[];
  });
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
 * Records with an audience (study pushes, jobs) an organiser follows: county-wide ones, his own, and
 * those addressed to his branches or village groups.
 */
export function concerningUnits(branchIds: string[], groupIds: string[], openid: string): object {
  const anyOf: object[] = [{ 'audience.scope': 'county' }, { publisherOpenid: openid }];
  if (branchIds.length) anyOf.push({ 'audience.branchIds': _.in(branchIds) });
  if (groupIds.length) anyOf.push({ 'audience.groupIds': _.in(groupIds) });
  return _.or(anyOf);
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

const incData = (incs: Record<string, number>, now: number): Record<string, unknown> => {
  const data: Record<string, unknown> = { updatedAt: now };
  for (const [path, n] of Object.entries(incs)) data[path] = _.inc(n);
  return data;
};

/**
 * Adds `incs` (dotted paths → amounts) to the counters document `id` by atomic increments, outside
 * any transaction (a counters document is shared). update() does not upsert, so its first use
 * inserts the document (insertOrInc).
 */
export async function incOrInsert(h: DbHandle, collection: string, id: string, incs: Record<string, number>, now: number, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await h.collection(collection).doc(id).update({ data: incData(incs, now) });
  if ((res?.stats?.updated ?? 0) > 0) return;
  await insertOrInc(h, collection, id, incs, now, extra);
}

/**
 * The first use of counters document `id`, which an update found missing: inserts it holding
 * `incs` (nested, see nestPaths) beside `extra`. A first use that loses that insert to a concurrent
 * one (a duplicate `_id`) applies its increments over the winner.
 */
export async function insertOrInc(h: DbHandle, collection: string, id: string, incs: Record<string, number>, now: number, extra: Record<string, unknown> = {}): Promise<void> {
  try {
    await h.collection(collection).add({ data: { _id: id, ...extra, ...nestPaths(incs), updatedAt: now } });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await h.collection(collection).doc(id).update({ data: incData(incs, now) });
  }
}

/**
 * Applies `change` to the document `id`, or inserts it as `first` when it is not there yet (update()
 * does not upsert). An insert that loses the race for the `_id` to another first write falls back
 * to the update, applied over the winner.
 */
export async function updateOrInsert<T extends { _id: string }>(h: DbHandle, collection: string, id: string, change: object, first: Omit<T, '_id'>): Promise<void> {
  if ((await h.collection(collection).doc(id).update({ data: change })).stats.updated) return;
  try {
    await h.collection(collection).add({ data: { _id: id, ...first } });
  } catch {
    await h.collection(collection).doc(id).update({ data: change });
  }
}
