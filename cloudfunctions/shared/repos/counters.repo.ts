import { fullCounters, parseUnitKey, unitKey, unitsByEqualDelta, type CountedUnit, type Counted, type CounterDelta, type UnitCountersDoc } from '@/domain/stats/counter.rules';
import { isMissingCollection } from '@shared/platform/db-errors';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { insertOrInc } from './query';

/**
 * The member counters of branches and village groups (src/domain/stats/counter.rules.ts), one
 * document per unit in `unitCounters`, and the indexed counts the dashboard needs. Every read here
 * is one request whatever the number of members (one per 1000 units for lists).
 */

export const UNIT_COUNTERS = 'unitCounters';

const unitCollection = (kind: CountedUnit) => (kind === 'branch' ? 'branches' : 'groups');
const docOf = (kind: CountedUnit, id: string): UnitCountersDoc => ({ _id: unitKey(kind, id), kind, unitId: id, memberCount: 0, lostCount: 0, cityCounts: {}, endedCount: 0, endedByReason: {} });
const extraOf = (key: string) => {
  const { kind, id } = parseUnitKey(key);
  return { kind, unitId: id };
};

/**
 * The counters document of a new unit, written with it (create-branch, create-group, import): the
 * joins that follow then find it. A unit without one (created before unitCounters, or a crash in
 * between) gets it on first use (applyCounterDeltas) or from the reconciler.
 */
export async function insertUnitCounters(h: DbHandle, kind: CountedUnit, id: string, now: number): Promise<void> {
  await h.collection(UNIT_COUNTERS).add({ data: { ...docOf(kind, id), updatedAt: now } });
}

/**
 * Moves the counters by atomic increments, never inside a transaction (every member of a unit
 * writes them): units whose deltas are equal move in ONE where-in update — a join's branch and
 * group always do, so a join costs one request here. An update is atomic per document, not across
 * them (CloudBase Collection.update / Query.update: developers.weixin.qq.com/miniprogram/dev/wxcloud/
 * reference-sdk-api/database/collection/Collection.update.html): a crash can land between two
 * documents of one call only as drift the reconciler mends. When the update matched fewer documents
 * than units, the missing ones are inserted holding the delta (insertOrInc: one that loses the `_id`
 * to a concurrent first use falls back to the increment).
 */
export async function applyCounterDeltas(deltas: ReadonlyMap<string, CounterDelta>, now: number): Promise<void> {
  for (const { keys, paths } of unitsByEqualDelta(deltas)) {
    const data: Record<string, unknown> = { updatedAt: now };
    for (const [path, n] of Object.entries(paths)) data[path] = _.inc(n);
    const res = await db.collection(UNIT_COUNTERS).where({ _id: _.in(keys) }).update({ data });
    const updated: number = res?.stats?.updated ?? 0;
    if (updated < keys.length) await firstUse(keys, updated, paths, now);
  }
}

/**
 * Units among `keys` that had no counters document when `updated` of them were incremented. Which
 * ones is read back: if exactly `updated` exist now, the others were missing and get the delta. More
 * than `updated` means a concurrent first use created one in between, and which of them this update
 * reached is unknown: those are left to the reconciler (this write's record is recent, so it
 * recomputes these units) rather than risk counting twice.
 */
async function firstUse(keys: string[], updated: number, paths: Record<string, number>, now: number): Promise<void> {
  const { data } = await db.collection(UNIT_COUNTERS).where({ _id: _.in(keys) }).field({ _id: true }).limit(keys.length).get();
  const present = new Set((data as { _id: string }[]).map((d) => d._id));
  if (present.size > updated) {
    console.warn('[counters] concurrent first use; the reconciler recomputes', keys.filter((k) => present.has(k)));
  }
  await Promise.all(keys.filter((k) => !present.has(k)).map((k) => insertOrInc(db, UNIT_COUNTERS, k, paths, now, extraOf(k))));
}

const PAGE = 1000;
const JOINED = '_counters';

/**
 * Units of `kind` (these ids, or all) with their counters merged on, in ONE request per 1000 units:
 * an aggregate over the unit documents whose `$lookup` brings each unit's counters document by its
 * `unitId` (equality form, served by the unitCounters `unit_id` index: Aggregate.lookup,
 * developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/aggregate/Aggregate.lookup.html).
 * Not the sub-query form matching `_id` = kind + id: that one evaluates its expression for every
 * pair of unit and counters document (measured: the county dashboard at 100,000 members went from
 * 0.3 to 4.3 s); the kind is checked here instead, so a branch and a group with one id never mix.
 * Every reader of the counters
 * goes through here, so the views the client receives keep their fields (memberCount, lostCount,
 * cityCounts…); counter fields an older unit document may still carry are overwritten, never read.
 */
export async function countedUnits<U extends { _id: string }>(kind: CountedUnit, ids: readonly string[] | 'all'): Promise<Counted<U>[]> {
  const out: Counted<U>[] = [];
  if (ids !== 'all') {
    for (let i = 0; i < ids.length; i += PAGE) out.push(...(await countedPage<U>(kind, { _id: _.in(ids.slice(i, i + PAGE)) })));
    return out;
  }
  for (let last: string | null = null; ; ) {
    const page: Counted<U>[] = await countedPage<U>(kind, last === null ? {} : { _id: _.gt(last) });
    out.push(...page);
    if (page.length < PAGE) return out;
    last = page[page.length - 1]._id;
  }
}

/** One unit with its counters (null: no such unit). */
export async function countedUnit<U extends { _id: string }>(kind: CountedUnit, id: string): Promise<Counted<U> | null> {
  return (await countedPage<U>(kind, { _id: id }))[0] ?? null;
}

async function countedPage<U extends { _id: string }>(kind: CountedUnit, match: object): Promise<Counted<U>[]> {
  const { list } = await db
    .collection(unitCollection(kind))
    .aggregate()
    .match(match)
    .sort({ _id: 1 })
    .limit(PAGE)
    .lookup({ from: UNIT_COUNTERS, localField: '_id', foreignField: 'unitId', as: JOINED })
    .end();
  return (list as (U & { [JOINED]?: UnitCountersDoc[] })[]).map(({ [JOINED]: found, ...unit }) => ({ ...(unit as unknown as U), ...fullCounters(found?.find((c) => c.kind === kind)) }));
}

/** One count() request; a collection not created yet (an area not deployed) counts 0. */
async function countWhere(collection: string, where: object): Promise<number> {
  try {
    const { total } = await db.collection(collection).where(where).count();
    return total as number;
  } catch (err) {
    if (isMissingCollection(err)) return 0;
    throw err;
  }
}

/** The dashboard's placement filter on pairings / contacts: the whole county, a branch or a group. */
export type UnitFilter = { branchId: string } | { groupId: string } | Record<string, never>;

export const countPairings = (unit: UnitFilter) => countWhere('pairings', unit);
export const countContacts = (unit: UnitFilter, month: string) => countWhere('contacts', { ...unit, month });

/** Users holding a cadre grant: any (county), or for this village group (index users.grants_role). */
export const countCadres = (groupId?: string) => countWhere('users', groupId ? { grants: _.elemMatch({ role: 'cadre', groupId }) } : { 'grants.role': 'cadre' });

/** Branches under a 流动党委. */
export const countChildBranches = (parentId: string) => countWhere('branches', { parentId });

/** Distinct cadres pairing members of a branch: one aggregate (group by cadre, then count). */
export async function countPairingCadres(branchId: string): Promise<number> {
  try {
    const { list } = await db.collection('pairings').aggregate().match({ branchId }).group({ _id: '$cadreOpenid' }).count('n').end();
    return (list as { n: number }[])[0]?.n ?? 0;
  } catch (err) {
    if (isMissingCollection(err)) return 0;
    throw err;
  }
}
