/**
 * Per-document write locks, as CloudBase's MongoDB takes them (snapshot isolation, document-level
 * locking): a transaction that writes a document holds it until commit or abort. Another
 * transaction writing it fails at once (a write conflict); a plain write waits for the holder to
 * finish. `version` numbers every commit so a transaction can also tell that a document changed
 * after it started (MongoDB raises the same write conflict for that).
 */
export const docKey = (coll: string, id: string) => `${coll}\u0000${id}`;

export class DocLocks {
  private readonly holders = new Map<string, string>();
  private readonly waiters = new Map<string, Array<() => void>>();
  /** Commit number of the last write of each document, kept while a transaction could still care. */
  private readonly written = new Map<string, number>();
  private commits = 0;

  get version(): number {
    return this.commits;
  }

  holder(key: string): string | undefined {
    return this.holders.get(key);
  }

  /** Marks `keys` as written by a commit now. `oldestOpen` lets entries no open transaction can see go. */
  committed(keys: Iterable<string>, oldestOpen: number | undefined): void {
    this.commits++;
    if (oldestOpen === undefined) { this.written.clear(); return; }
    for (const k of keys) this.written.set(k, this.commits);
    if (this.written.size > 50_000) for (const [k, v] of this.written) if (v <= oldestOpen) this.written.delete(k);
  }

  writtenSince(key: string, version: number): boolean {
    return (this.written.get(key) ?? 0) > version;
  }

  take(key: string, txId: string): void {
    this.holders.set(key, txId);
  }

  release(keys: Iterable<string>): void {
    for (const k of keys) {
      this.holders.delete(k);
      const ws = this.waiters.get(k);
      this.waiters.delete(k);
      for (const w of ws ?? []) w();
    }
  }

  /** Resolves when `key` is free (it may be taken again before the waiter runs: callers re-check). */
  whenFree(key: string): Promise<void> {
    if (!this.holders.has(key)) return Promise.resolve();
    return new Promise((resolve) => {
      const ws = this.waiters.get(key) ?? [];
      ws.push(resolve);
      this.waiters.set(key, ws);
    });
  }
}
