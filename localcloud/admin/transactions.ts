/**
 * Transactions: a private overlay of staged records over the committed store, made visible only
 * at commit (one journal line, so all-or-nothing on disk too). The global WriteLock is held for the
 * whole transaction; a transaction idle for `idleMs` (no request) is aborted and the lock freed, so
 * a crashed function cannot wedge the database. Because of the lock, the cloud's
 * DATABASE_TRANSACTION_CONFLICT never happens locally: a second transaction simply waits.
 */
import { randomBytes } from 'node:crypto';
import { CollectionStore } from '../store/collection-store';
import type { Mutation } from '../store/journal';
import type { Doc } from '../store/wire-codec';
import { DbError } from '../store/db-error';
import { WriteLock } from './write-lock';

export interface Transaction {
  id: string;
  invocation: string | undefined;
  staged: Mutation[];
  overlay: Map<string, Map<string, Doc | null>>;
  timer: NodeJS.Timeout | undefined;
}

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();

  constructor(private readonly store: CollectionStore, readonly lock: WriteLock, private readonly idleMs: number) {}

  async start(invocation: string | undefined): Promise<Transaction> {
    await this.lock.acquire(invocation);
    const tx: Transaction = { id: randomBytes(16).toString('hex'), invocation, staged: [], overlay: new Map(), timer: undefined };
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

  stage(tx: Transaction, batch: Mutation[]): void {
    this.store.validate([...tx.staged, ...batch]);
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
      this.store.commit(tx.staged);
    } finally {
      this.finish(tx);
    }
  }

  abort(id: string): void {
    this.finish(this.get(id));
  }

  /** Aborts everything (server shutdown). */
  abortAll(): void {
    for (const tx of [...this.open.values()]) this.finish(tx);
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
    this.lock.release();
  }
}
