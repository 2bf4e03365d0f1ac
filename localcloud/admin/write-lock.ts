/**
 * One writer at a time. A transaction holds the lock from start to commit/abort, so transactions
 * are serial (trivially serializable) and plain writes never interleave with a transaction's
 * reads-then-writes. Reads never take the lock: they see the last committed state.
 * `owner` is the invocation id holding it; that same invocation may still write outside its
 * transaction (as it can in the cloud) instead of deadlocking on itself.
 */
export class WriteLock {
  private held = false;
  private holder: string | undefined;
  private readonly waiters: Array<() => void> = [];

  get owner(): string | undefined {
    return this.holder;
  }

  async acquire(owner?: string): Promise<void> {
    if (this.held) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.held = true;
    this.holder = owner;
  }

  release(): void {
    const next = this.waiters.shift();
    this.holder = undefined;
    if (next) next(); // hand over without unlocking, FIFO
    else this.held = false;
  }

  /** Runs a plain (non-transactional) write. Re-entrant for the invocation that owns a transaction. */
  async run<T>(invocation: string | undefined, fn: () => T): Promise<T> {
    if (this.held && invocation && this.holder === invocation) return fn();
    await this.acquire();
    try {
      return fn();
    } finally {
      this.release();
    }
  }
}
