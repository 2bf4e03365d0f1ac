/**
 * insertDocument (add), modifyDocument (update / set / where().update), removeDocument, addCollection.
 * Each computes a batch of mutations against the state it is allowed to see, then either stages
 * it in the caller's transaction or commits it (waiting for transactions holding its documents).
 */
import { randomBytes } from 'node:crypto';
import { update as mingoUpdate } from 'mingo';
import type { DbContext, DbParams } from './db-context';
import { checkSize, docId, rejectWhereInTransaction, requireCollection, withMingo } from './db-context';
import type { Mutation } from '../store/journal';
import { decodeWire, type Doc } from '../store/wire-codec';
import { matching } from './matching';
import { DbError, duplicateKey, unsupported } from '../store/db-error';
import { docKey } from './doc-locks';
import { refuseInvalidUpdate } from './update-rules';
import { writeConflict } from './transactions';

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

/**
 * Stage in the transaction, or commit now. A plain write computes and commits in one synchronous
 * step (nothing interleaves); when a document it would write is held by an open transaction it
 * waits for that transaction to end and computes again, as a MongoDB write waits on a document
 * lock. The wait is bounded: past PLAIN_WRITE_WAIT_MS it fails as a conflict (CloudBase's lock
 * wait ends with the same error).
 */
const PLAIN_WRITE_WAIT_MS = 5000;

type Computed<T> = { batch: Mutation[]; reply: T; touched?: Array<[string, string]> };

async function write<T>(ctx: DbContext, p: DbParams, compute: () => Computed<T>): Promise<T> {
  if (p.transactionId) {
    const tx = ctx.tx.get(p.transactionId);
    const { batch, reply, touched } = compute();
    ctx.tx.stage(tx, batch, touched);
    return reply;
  }
  const deadline = Date.now() + PLAIN_WRITE_WAIT_MS;
  for (;;) {
    const { batch, reply } = compute();
    const held = batch.find((m) => m.op !== 'createColl' && ctx.tx.locks.holder(docKey(m.coll, m.op === 'put' ? m.doc._id : m.id)) !== undefined);
    if (!held) {
      ctx.tx.commitBatch(batch);
      await ctx.store.durable();
      return reply;
    }
    const key = docKey(held.coll, held.op === 'put' ? held.doc._id : (held as { id: string }).id);
    const left = deadline - Date.now();
    if (left <= 0) throw writeConflict(held.coll, held.op === 'put' ? held.doc._id : (held as { id: string }).id);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([ctx.tx.locks.whenFree(key), new Promise<void>((r) => { timer = setTimeout(r, left); })]);
    clearTimeout(timer);
  }
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
  const inserted = write(ctx, p, () => {
    const read = reader(ctx, p);
    const seen = new Set<string>();
    for (const d of docs) {
      if (seen.has(d._id) || read(coll.name, d._id)) throw duplicateKey(coll.name, '_id_', `{ _id: ${JSON.stringify(d._id)} }`);
      seen.add(d._id);
    }
    // A batch add is all-or-nothing locally (one journal line).
    return { batch: docs.map((doc) => ({ op: 'put' as const, coll: coll.name, doc })), reply: { insertedIds: docs.map((d) => d._id) } };
  });
  if (!p.transactionId && ctx.faults?.crashAfterInsertInto === coll.name) {
    // On disk (journal fsync'd), never answered: the caller dies before its next write.
    return inserted.then((r) => { process.kill(process.pid, 'SIGKILL'); return r; });
  }
  return inserted;
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
  const modified = write(ctx, p, () => {
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
    const touched: Array<[string, string]> = [];
    for (const old of found) {
      touched.push([coll.name, old._id]);
      refuseInvalidUpdate(old, change);
      const next = structuredClone(old);
      const changed = withMingo('update', () => mingoUpdate(next, change as any));
      if (!changed.length) continue;
      if (next._id !== old._id) throw new DbError('DATABASE_REQUEST_FAILED', '[LocalCloud] the _id field cannot be modified');
      checkSize(coll.name, next);
      batch.push({ op: 'put', coll: coll.name, doc: next });
    }
    return { batch, reply: { updated: batch.length, upsert_id: undefined }, touched };
  });
  if (!p.transactionId && ctx.faults?.crashAfterUpdateOf === coll.name) {
    // As crashAfterInsertInto: the change is on disk, the caller never hears of it.
    return modified.then((r) => { if (r.updated || r.upsert_id) process.kill(process.pid, 'SIGKILL'); return r; });
  }
  return modified;
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

export async function addCollection(ctx: DbContext, p: DbParams) {
  const name = p.collectionName;
  if (!name || !/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new DbError('INVALID_PARAM', `invalid collection name: ${name}`);
  if (ctx.store.has(name)) throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] collection already exists: ${name}`);
  ctx.tx.commitBatch([{ op: 'createColl', coll: name }]);
  await ctx.store.durable();
  return {};
}
