/**
 * Transactions as CloudBase runs them: concurrently, each with a private overlay of staged records
 * over the committed store, made visible only at commit (one journal line, so all-or-nothing on
 * disk too). Writes take per-document locks (doc-locks.ts): a transaction writing a document that
 * another open transaction wrote, or that changed since it started, fails at once with
 * DATABASE_TRANSACTION_CONFLICT — which wx-server-sdk maps to errCode -501001 (it is not in its
 * TCB_ERR_CODE table) and runTransaction does not retry when raised inside the callback
 * (@cloudbase/database transaction/index.js retries on `error.code` only, which the wrapped
 * error no longer carries). Plain writes wait for the holder (plain-write.ts). A transaction with
 * no request for `idleMs` is aborted and its locks freed, so a crashed function cannot wedge a
 * document. Source: developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/Database.runTransaction.html
 * ("只有事务冲突时会重试，其他异常时不会重试") and DESIGN.md §6.
 */
import { randomBytes } from 'node:crypto';
import { CollectionStore } from '../store/collection-store';
import type { Mutation } from '../store/journal';
import type { Doc } from '../store/wire-codec';
import { DbError } from '../store/db-error';
import { DocLocks, docKey } from './doc-locks';

export interface Transaction {
  id: string;
  invocation: string | undefined;
  /** Commit number when it started: a document written by a later commit conflicts. */
  startedAt: number;
  staged: Mutation[];
  overlay: Map<string, Map<string, Doc | null>>;
  locked: Set<string>;
  timer: NodeJS.Timeout | undefined;
}

/** Worded as MongoDB's WriteConflict, which CloudBase passes through. */
export const writeConflict = (coll: string, id: string) =>
  new DbError('DATABASE_TRANSACTION_CONFLICT', `[ResourceUnavailable.TransactionBusy] WriteConflict: ${coll}/${id} is being written by another transaction or changed since this one started. Please retry your operation or multi-document transaction.`);

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();
  readonly locks = new DocLocks();

  constructor(private readonly store: CollectionStore, private readonly idleMs: number) {}

  start(invocation: string | undefined): Transaction {
    const tx: Transaction = { id: randomBytes(16).toString('hex'), invocation, startedAt: this.locks.version, staged: [], overlay: new Map(), locked: new Set(), timer: undefined };
    this.open.set(tx.id, tx);
    this.touch(tx);
    return tx;
  }

  get(id: string): Transaction {
    const tx = this.open.get(id);
    if (!tx) throw new DbError('DATABASE_TRANSACTION_FAIL', `[LocalCloud] transaction ${id} is not open (committed, aborted, or idle for more than ${this.idleMs} ms)`);
    this.touch(tx);
    return tx;
  }

  /** A record as the transaction sees it: its own staged write, else the committed one. */
  read(tx: Transaction, coll: string, id: string): Doc | undefined {
    const staged = tx.overlay.get(coll);
    if (staged?.has(id)) return staged.get(id) ?? undefined;
    return this.store.get(coll)?.docs.get(id);
  }

  /**
   * Locks every document of `batch`, and `touched` (documents the write matched but left as they
   * were: MongoDB still writes them, so they conflict too), or fails with the write conflict;
   * then stages the batch.
   */
  stage(tx: Transaction, batch: Mutation[], touched: Array<[string, string]> = []): void {
    const docs: Array<[string, string]> = [...touched];
    for (const m of batch) if (m.op !== 'createColl') docs.push([m.coll, m.op === 'put' ? m.doc._id : m.id]);
    const keys: string[] = [];
    for (const [coll, id] of docs) {
      const key = docKey(coll, id);
      const holder = this.locks.holder(key);
      if ((holder !== undefined && holder !== tx.id) || (holder === undefined && this.locks.writtenSince(key, tx.startedAt))) throw writeConflict(coll, id);
      keys.push(key);
    }
    this.store.validate([...tx.staged, ...batch]);
    for (const key of keys) { this.locks.take(key, tx.id); tx.locked.add(key); }
    for (const m of batch) {
      if (m.op === 'createColl') continue;
      if (!tx.overlay.has(m.coll)) tx.overlay.set(m.coll, new Map());
      tx.overlay.get(m.coll)!.set(m.op === 'put' ? m.doc._id : m.id, m.op === 'put' ? m.doc : null);
      tx.staged.push(m);
    }
  }

  commit(id: string): void {
    const tx = this.get(id);
    try {
      this.commitBatch(tx.staged, tx.id);
    } finally {
      this.finish(tx);
    }
  }

  /** Commits a batch (a plain write's, or a transaction's staged one) and records which documents it wrote. */
  commitBatch(batch: Mutation[], _by?: string): void {
    this.store.commit(batch);
    if (!batch.length) return;
    const keys = batch.filter((m) => m.op !== 'createColl').map((m) => docKey(m.coll, m.op === 'put' ? m.doc._id : (m as { id: string }).id));
    this.locks.committed(keys, this.oldestOpen());
  }

  abort(id: string): void {
    this.finish(this.get(id));
  }

  /** Aborts the transactions of an invocation the platform ended (its timeout). */
  abortInvocation(invocation: string): void {
    for (const tx of [...this.open.values()]) if (tx.invocation === invocation) this.finish(tx);
  }

  /** Aborts everything (server shutdown). */
  abortAll(): void {
    for (const tx of [...this.open.values()]) this.finish(tx);
  }

  private oldestOpen(): number | undefined {
    let oldest: number | undefined;
    for (const tx of this.open.values()) if (oldest === undefined || tx.startedAt < oldest) oldest = tx.startedAt;
    return oldest;
  }

  private touch(tx: Transaction): void {
    if (tx.timer) clearTimeout(tx.timer);
    tx.timer = setTimeout(() => {
      console.warn(`[localcloud] transaction ${tx.id} idle for ${this.idleMs} ms: aborted`);
      this.finish(tx);
    }, this.idleMs);
    tx.timer.unref();
  }

  private finish(tx: Transaction): void {
    if (!this.open.delete(tx.id)) return;
    if (tx.timer) clearTimeout(tx.timer);
    this.locks.release(tx.locked);
  }
}
