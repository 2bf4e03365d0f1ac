/**
 * insertDocument (add), modifyDocument (update / set / where().update), removeDocument, addCollection.
 * Each computes a batch of mutations against the state it is allowed to see, then either stages
 * it in the caller's transaction or commits it under the write lock.
 */
import { randomBytes } from 'node:crypto';
import { update as mingoUpdate } from 'mingo';
import type { DbContext, DbParams } from './db-context';
import { checkSize, docId, rejectWhereInTransaction, requireCollection, withMingo } from './db-context';
import type { Mutation } from '../store/journal';
import { decodeWire, type Doc } from '../store/wire-codec';
import { matching } from './matching';
import { DbError, duplicateKey, unsupported } from '../store/db-error';

/** The cloud's auto _id is 32 hex characters. */
export const newId = () => randomBytes(16).toString('hex');

/** _id first in every record, like the cloud returns them. */
function withIdFirst(id: string, body: Record<string, unknown>): Doc {
  const { _id: _ignored, ...rest } = body;
  return { _id: id, ...rest };
}

/** Reads a record the way this request may see it (transaction overlay or committed). */
function reader(ctx: DbContext, p: DbParams) {
  const tx = p.transactionId ? ctx.tx.get(p.transactionId) : undefined;
  return (coll: string, id: string) => (tx ? ctx.tx.read(tx, coll, id) : ctx.store.get(coll)?.docs.get(id));
}

/** Stage in the transaction, or commit under the lock (computing inside it so nothing interleaves). */
async function write<T>(ctx: DbContext, p: DbParams, compute: () => { batch: Mutation[]; reply: T }): Promise<T> {
  if (p.transactionId) {
    const tx = ctx.tx.get(p.transactionId);
    const { batch, reply } = compute();
    ctx.tx.stage(tx, batch);
    return reply;
  }
  return ctx.tx.lock.run(ctx.invocation, () => {
    const { batch, reply } = compute();
    ctx.store.commit(batch);
    return reply;
  });
}

export function insertDocument(ctx: DbContext, p: DbParams) {
  const coll = requireCollection(ctx, p.collectionName);
  const items = Array.isArray(p.data) ? p.data : [p.data ?? ''];
  const docs = items.map((text) => {
    const body = decodeWire(text, ctx.now);
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new DbError('INVALID_PARAM', 'add() needs an object');
    if (body._id !== undefined && typeof body._id !== 'string') throw unsupported('non-string _id');
    const doc = withIdFirst(body._id ?? newId(), body);
    checkSize(coll.name, doc);
    return doc;
  });
  return write(ctx, p, () => {
    const read = reader(ctx, p);
    const seen = new Set<string>();
    for (const d of docs) {
      if (seen.has(d._id) || read(coll.name, d._id)) throw duplicateKey(coll.name, '_id_', `{ _id: ${JSON.stringify(d._id)} }`);
      seen.add(d._id);
    }
    // A batch add is all-or-nothing locally (one journal line).
    return { batch: docs.map((doc) => ({ op: 'put' as const, coll: coll.name, doc })), reply: { insertedIds: docs.map((d) => d._id) } };
  });
}

function targets(ctx: DbContext, p: DbParams, collName: string, criteria: Record<string, unknown> | undefined): Doc[] {
  const read = reader(ctx, p);
  if (p.queryType === 'DOC') {
    const d = read(collName, docId(criteria));
    return d ? [d] : [];
  }
  const found = matching(ctx.store, ctx.store.get(collName)!, criteria, { need: p.multi ? undefined : 1 });
  return p.multi ? found : found.slice(0, 1);
}

export function modifyDocument(ctx: DbContext, p: DbParams) {
  const coll = requireCollection(ctx, p.collectionName);
  rejectWhereInTransaction(p);
  const criteria = decodeWire(p.query, ctx.now);
  const change = decodeWire(p.data as string, ctx.now) as Record<string, unknown>;
  if (!change || typeof change !== 'object') throw new DbError('INVALID_PARAM', 'update data must be an object');
  return write(ctx, p, () => {
    const found = targets(ctx, p, coll.name, criteria);
    const batch: Mutation[] = [];
    if (p.merge === false) {
      // set(): replace the whole record (upsert when missing).
      if (Object.keys(change).some((k) => k.startsWith('$'))) throw unsupported('update operators in set()');
      const id = found[0]?._id ?? (p.queryType === 'DOC' ? docId(criteria) : undefined);
      if (!found.length && (!p.upsert || !id)) return { batch, reply: { updated: 0, upsert_id: undefined } };
      const doc = withIdFirst(id!, change);
      checkSize(coll.name, doc);
      batch.push({ op: 'put', coll: coll.name, doc });
      return { batch, reply: found.length ? { updated: 1, upsert_id: undefined } : { updated: 0, upsert_id: id } };
    }
    for (const old of found) {
      const next = structuredClone(old);
      const changed = withMingo('update', () => mingoUpdate(next, change as any));
      if (!changed.length) continue;
      if (next._id !== old._id) throw new DbError('DATABASE_REQUEST_FAILED', '[LocalCloud] the _id field cannot be modified');
      checkSize(coll.name, next);
      batch.push({ op: 'put', coll: coll.name, doc: next });
    }
    return { batch, reply: { updated: batch.length, upsert_id: undefined } };
  });
}

export function removeDocument(ctx: DbContext, p: DbParams) {
  const coll = requireCollection(ctx, p.collectionName);
  rejectWhereInTransaction(p);
  const criteria = decodeWire(p.query, ctx.now);
  return write(ctx, p, () => {
    const batch: Mutation[] = targets(ctx, p, coll.name, criteria).map((d) => ({ op: 'del', coll: coll.name, id: d._id }));
    return { batch, reply: { deleted: batch.length } };
  });
}

export function addCollection(ctx: DbContext, p: DbParams) {
  const name = p.collectionName;
  if (!name || !/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new DbError('INVALID_PARAM', `invalid collection name: ${name}`);
  return ctx.tx.lock.run(ctx.invocation, () => {
    if (ctx.store.has(name)) throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] collection already exists: ${name}`);
    ctx.store.commit([{ op: 'createColl', coll: name }]);
    return {};
  });
}
