/** getDocument (get), calculateDocument (count), aggregateDocuments (aggregate().end()). */
import { Aggregator } from 'mingo';
import type { DbContext, DbParams } from './db-context';
import { compileQuery, docId, rejectWhereInTransaction, requireCollection, withMingo } from './db-context';
import { decodeWire, encodeWire, type Doc } from '../store/wire-codec';
import { matching } from './matching';
import { LIMITS } from '../store/limits';
import { unsupported } from '../store/db-error';
import { checkLookups, lookupResolver } from './lookup-stages';

export function getDocument(ctx: DbContext, p: DbParams) {
  const coll = requireCollection(ctx, p.collectionName);
  const criteria = decodeWire(p.query, ctx.now);
  const projection = decodeWire(p.projection, ctx.now);
  rejectWhereInTransaction(p);
  const limit = Math.min(p.limit && p.limit > 0 ? p.limit : LIMITS.defaultGetLimit, LIMITS.maxGetLimit);
  const offset = p.offset && p.offset > 0 ? p.offset : 0;

  const order = decodeWire(p.order, ctx.now) as Record<string, 1 | -1> | undefined;
  let source: Doc[];
  if (p.queryType === 'DOC') {
    const id = docId(criteria);
    const doc = p.transactionId ? ctx.tx.read(ctx.tx.get(p.transactionId), coll.name, id) : coll.docs.get(id);
    source = doc ? [doc] : [];
  } else {
    source = matching(ctx.store, coll, criteria, { order, need: offset + limit });
  }
  const list = withMingo('get', () => compileQuery(undefined).find(source, projection).skip(offset).limit(limit).all());
  return { list: list.map(encodeWire), offset, limit };
}

export function calculateDocument(ctx: DbContext, p: DbParams) {
  const coll = requireCollection(ctx, p.collectionName);
  return { total: matching(ctx.store, coll, decodeWire(p.query, ctx.now), { anyOrder: true }).length };
}

/** Stages that write or need geo indexes: not available in the cloud SDK's aggregate either way. */
const REFUSED_STAGES = new Set(['$out', '$merge', '$geoNear']);

export function aggregateDocuments(ctx: DbContext, p: DbParams) {
  const coll = requireCollection(ctx, p.collectionName);
  if (p.transactionId) throw unsupported('aggregate inside a transaction');
  const pipeline = (p.stages ?? []).map(({ stageKey, stageValue }) => {
    if (REFUSED_STAGES.has(stageKey)) throw unsupported(`aggregate stage ${stageKey}`);
    return { [stageKey]: decodeWire(stageValue, ctx.now) };
  });
  checkLookups(ctx.store, pipeline);
  const hasLimit = pipeline.some((s) => '$limit' in s);
  // mingo may modify the documents it is given (nested $addFields, $unwind...). Leading $match
  // stages run first as one plain query (their $and, which the planner reads for an index), and
  // only its survivors are cloned for the rest. A null $match matches all, as a null query does.
  const leading: Record<string, unknown>[] = [];
  while (pipeline.length && '$match' in pipeline[0]) leading.push((pipeline.shift()!.$match ?? {}) as Record<string, unknown>);
  const input = leading.length ? matching(ctx.store, coll, { $and: leading }) : [...coll.docs.values()];
  const out = withMingo('aggregate', () => {
    const joins = lookupResolver(ctx.store, pipeline, input);
    return new Aggregator(joins.stages, { collectionResolver: joins.resolve }).run(structuredClone(input));
  });
  const list = hasLimit ? out : out.slice(0, LIMITS.defaultAggregateLimit);
  return { list: list.map(encodeWire) };
}
