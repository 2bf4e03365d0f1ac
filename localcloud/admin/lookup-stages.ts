/**
 * `$lookup` as CloudBase takes it (Aggregate.lookup: developers.weixin.qq.com/miniprogram/dev/wxcloud/
 * reference-sdk-api/database/aggregate/Aggregate.lookup.html; docs.cloudbase.net api-reference server
 * node-sdk database aggregate stages lookup). Two forms, never mixed: equality (`from`, `localField`,
 * `foreignField`, `as`) or sub-query (`from`, optional `let`, `pipeline`, `as`); the joined collection
 * is one of the same database. mingo also runs the mixed form MongoDB 5 added and joins a missing
 * collection as empty: both are refused here, so code that runs locally runs there.
 */
import type { CollectionStore } from '../store/collection-store';
import type { Doc } from '../store/wire-codec';
import { collectionMissing, unsupported } from '../store/db-error';
import { Aggregator } from 'mingo';
import { matching } from './matching';

type Stage = Record<string, unknown>;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Refuses a `$lookup` (at any depth) that CloudBase would not run. */
export function checkLookups(store: CollectionStore, stages: Stage[]): void {
  for (const stage of stages) {
    if (!('$lookup' in stage)) continue;
    const l = (stage.$lookup ?? {}) as Record<string, unknown>;
    if (!isText(l.from) || !isText(l.as)) throw unsupported('$lookup needs `from` and `as`');
    const equality = 'localField' in l || 'foreignField' in l;
    const subQuery = 'pipeline' in l || 'let' in l;
    if (equality && subQuery) throw unsupported('$lookup mixing localField/foreignField with let/pipeline (CloudBase takes one form or the other)');
    if (equality && (!isText(l.localField) || !isText(l.foreignField))) throw unsupported('$lookup needs both localField and foreignField');
    if (!equality && !Array.isArray(l.pipeline)) throw unsupported('$lookup needs localField/foreignField or a pipeline');
    if (!store.get(l.from)) throw collectionMissing(l.from);
    if (Array.isArray(l.pipeline)) checkLookups(store, l.pipeline as Stage[]);
  }
}

/** A plain `$match` (no `$expr`, so no `$$variable` of the outer record): the same for every outer record. */
const isPlainMatch = (s: Stage | undefined): s is { $match: Record<string, unknown> } =>
  !!s && '$match' in s && !JSON.stringify(s.$match ?? {}).includes('"$expr"');

/** Stages that leave the fields of the records they pass untouched (a `$lookup` adds its own `as`). */
const KEEPS_FIELDS = new Set(['$match', '$limit', '$skip', '$sort', '$lookup']);

/**
 * A sub-query that opens with `$match: {$expr: {$eq: ['$_id', X]}}` (a point read through `let`,
 * which MongoDB serves from the `_id` index): the `_id` each outer record asks for, X evaluated
 * with its `let` values on `records` — the outer records as that lookup sees them. Only when the
 * stages before it keep the outer records' fields; null otherwise (the whole collection is joined).
 */
function idsPerRecord(l: { let?: Record<string, unknown>; pipeline?: Stage[] }, before: Stage[], records: () => Doc[]): string[] | null {
  const m = l.pipeline?.[0];
  if (!m || !('$match' in m) || Object.keys(m).length !== 1) return null;
  const match = (m.$match ?? {}) as Record<string, unknown>;
  const eq = Object.keys(match).length === 1 ? ((match.$expr as Record<string, unknown> | undefined)?.$eq as unknown[] | undefined) : undefined;
  if (!Array.isArray(eq) || eq.length !== 2 || !before.every((s) => Object.keys(s).every((k) => KEEPS_FIELDS.has(k)))) return null;
  const x = eq[0] === '$_id' ? eq[1] : eq[1] === '$_id' ? eq[0] : undefined;
  if (x === undefined) return null;
  const computed = new Aggregator([{ $project: { _id: 0, v: { $let: { vars: l.let ?? {}, in: x } } } }]).run(structuredClone(records())) as { v?: unknown }[];
  const values = computed.map((r) => r.v).filter((v) => v !== undefined && v !== null);
  // The store keys records by string `_id`; any other value: join the whole collection.
  return values.every((v): v is string => typeof v === 'string') ? [...new Set(values)] : null;
}

/** Whether `let` reads a field an earlier `$lookup` added (its `as`): then it must see the joined records. */
const readsJoined = (l: { let?: Record<string, unknown> }, before: Stage[]): boolean => {
  const vars = JSON.stringify(l.let ?? {});
  return before.some((s) => '$lookup' in s && vars.includes(`"$${(s.$lookup as { as: string }).as}`));
};

/** Stages that build new records or pass the ones they get untouched: joined records under them are never modified. */
const READ_ONLY = new Set(['$match', '$project', '$limit', '$skip', '$sort', '$lookup']);
const readOnly = (stages: Stage[]): boolean =>
  stages.every((s) => Object.keys(s).every((k) => READ_ONLY.has(k)) && (!('$lookup' in s) || readOnly(((s.$lookup as { pipeline?: Stage[] }).pipeline ?? []) as Stage[])));

/**
 * What mingo resolves each joined collection to. A sub-query lookup that opens with a plain `$match`
 * joins only that match's records, found through the indexes (matching); mingo still runs the whole
 * pipeline on them, so the answer is the same, only a point lookup no longer walks a collection of
 * 100,000 members. mingo may modify what it is given (`$unwind`, `$addFields`…), so joined records
 * are cloned, unless every stage only reads (a caller's point reads: `$match`, `$project`, `$limit`,
 * `$lookup`), where cloning a large collection per request would cost more than the query.
 */
export function lookupResolver(store: CollectionStore, stages: Stage[], input: Doc[]): { stages: Stage[]; resolve: (name: string) => Doc[] } {
  const copy: <T>(v: T) => T = readOnly(stages) ? (v) => v : (v) => structuredClone(v);
  const narrowed = new Map<string, Doc[]>();
  const whole = new Map<string, Doc[]>();
  const resolve = (name: string): Doc[] => {
    const own = narrowed.get(name);
    if (own) return own;
    if (!whole.has(name)) whole.set(name, copy([...(store.get(name)?.docs.values() ?? [])]));
    return whole.get(name)!;
  };
  const out: Stage[] = [];
  for (const [i, stage] of stages.entries()) {
    out.push(stage);
    if (!('$lookup' in stage)) continue;
    const l = stage.$lookup as { from: string; let?: Record<string, unknown>; pipeline?: Stage[] };
    if (!Array.isArray(l.pipeline)) continue;
    const coll = store.get(l.from)!;
    let found: Doc[];
    if (isPlainMatch(l.pipeline[0])) found = matching(store, coll, l.pipeline[0].$match ?? {});
    else {
      // A `let` reading an earlier join (the caller's member record) evaluates on the records with
      // those joins made, which the stages so far (already narrowed) produce.
      const before = out.slice(0, i);
      const records = () => (readsJoined(l, before) ? (new Aggregator(before, { collectionResolver: resolve }).run(structuredClone(input)) as Doc[]) : input);
      const ids = idsPerRecord(l, before, records);
      if (!ids) continue;
      found = ids.flatMap((id) => coll.docs.get(id) ?? []);
    }
    const key = `\u0000${i}`;
    narrowed.set(key, copy(found));
    out[i] = { $lookup: { ...l, from: key } };
  }
  return { stages: out, resolve };
}
