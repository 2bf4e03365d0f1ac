/** What every database action needs: the store, the lock/transactions, who is calling, and when. */
import { calculateObjectSize } from 'bson';
import { Query } from 'mingo';
import type { CollectionStore, Collection } from '../store/collection-store';
import type { TransactionManager } from './transactions';
import { collectionMissing, DbError, unsupported } from '../store/db-error';
import { LIMITS } from '../store/limits';
import type { Doc } from '../store/wire-codec';

export interface DbContext {
  store: CollectionStore;
  tx: TransactionManager;
  /** Invocation id from the /admin/i/<id> URL, when the SDK call came from a function we run. */
  invocation: string | undefined;
  now: number;
  /** Fault injection (dev/outbox.ts FaultConfig): `crashAfterInsertInto`, `crashAfterUpdateOf`. */
  faults?: { crashAfterInsertInto?: string | null; crashAfterUpdateOf?: string | null };
}

/** The request fields the SDK sends for database.* actions (see LOCALCLOUD.md). */
export interface DbParams {
  action: string;
  collectionName?: string;
  queryType?: 'WHERE' | 'DOC';
  query?: string;
  order?: string;
  offset?: number;
  limit?: number;
  projection?: string;
  data?: string | string[];
  multi?: boolean;
  merge?: boolean;
  upsert?: boolean;
  transactionId?: string;
  stages?: Array<{ stageKey: string; stageValue: string }>;
}

export function requireCollection(ctx: DbContext, name: string | undefined): Collection {
  if (!name) throw new DbError('INVALID_PARAM', 'collectionName is required');
  const c = ctx.store.get(name);
  if (!c) throw collectionMissing(name);
  return c;
}

/** mingo throws plain Errors for operators it lacks (geo, ...): surface them as the cloud would. */
export function withMingo<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DbError) throw e;
    throw unsupported(`${what}: ${(e as Error).message}`);
  }
}

export function compileQuery(criteria: Record<string, unknown> | undefined): Query {
  return withMingo('query', () => new Query(criteria ?? {}, {}));
}

export function checkSize(coll: string, doc: Doc): void {
  const size = calculateObjectSize(doc as any);
  if (size > LIMITS.maxDocumentBytes) {
    throw new DbError('DATABASE_REQUEST_FAILED', `[LocalCloud] record ${coll}/${doc._id} is ${size} bytes; the cloud limit is ${LIMITS.maxDocumentBytes} bytes (16 MiB)`);
  }
}

/** DOC queries carry exactly {_id}. */
export function docId(criteria: Record<string, unknown> | undefined): string {
  const id = criteria?._id;
  if (typeof id !== 'string' || Object.keys(criteria!).length !== 1) throw unsupported('DOC query without a plain string _id');
  return id;
}

/** Inside a transaction only doc()/add() are allowed, like the cloud. */
export function rejectWhereInTransaction(p: DbParams): void {
  if (p.transactionId && p.queryType !== 'DOC') {
    throw unsupported('where() inside a transaction: transactions allow single-document operations only (doc, add)');
  }
}
