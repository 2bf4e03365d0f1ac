/**
 * Durability: an append-only journal (one line per committed batch, fsync'd — in groups, see sync()
 * — before the write is acknowledged) on top of a snapshot. Replay = snapshot, then journal lines in order.
 * A line only counts once its trailing "\n" is on disk, so a crash mid-append leaves a torn tail
 * that replay drops (and truncates away): each batch is all-or-nothing. An append that fails or
 * writes short (disk full) is cut back to the last good offset and throws: the write is refused,
 * never half-kept. A line in the middle that does not parse (a disk or copy fault) is reported and
 * skipped, so it never stops a start.
 * Compaction writes a new snapshot to a temp file, fsyncs, renames it over the old one, then
 * empties the journal; a crash between rename and truncate only replays idempotent puts/deletes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeDisk, encodeDisk } from './doc-codec';
import type { Doc } from './wire-codec';

export type Mutation =
  | { op: 'put'; coll: string; doc: Doc }
  | { op: 'del'; coll: string; id: string }
  | { op: 'createColl'; coll: string };

export interface SnapshotSink {
  collection(name: string): void;
  doc(coll: string, doc: Doc): void;
}

const SNAPSHOT = 'snapshot.ndjson';
const JOURNAL = 'journal.ndjson';
/** Compact once the journal passes this size: replay time stays proportional to the data, not history. */
const COMPACT_BYTES = 64 * 1024 * 1024;

export class Journal {
  private fd: number | null = null;
  private bytes = 0;
  private pendingSync: Promise<void> | null = null;
  /** Line numbers replay skipped as unreadable (reported at start). */
  readonly skipped: number[] = [];
  /** fs.writeSync, replaceable so tests can make the disk fail or write short. */
  writer: (fd: number, buf: Buffer, offset: number, length: number) => number = (fd, buf, offset, length) => fs.writeSync(fd, buf, offset, length);

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /** Replays snapshot + journal into `sink` (batches through `apply`), then opens for appending. */
  load(sink: SnapshotSink, apply: (batch: Mutation[]) => void): void {
    const snapPath = path.join(this.dir, SNAPSHOT);
    if (fs.existsSync(snapPath)) {
      const lines = fs.readFileSync(snapPath, 'utf8').split('\n');
      for (const line of lines) {
        if (!line) continue;
        const rec = decodeDisk(line);
        if (rec.collections) for (const c of rec.collections as string[]) sink.collection(c);
        else sink.doc(rec.c, rec.d);
      }
    }
    const jPath = path.join(this.dir, JOURNAL);
    let good = 0;
    if (fs.existsSync(jPath)) {
      const text = fs.readFileSync(jPath, 'utf8');
      let start = 0;
      let lineNo = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break; // anything after the last newline is a torn write: never acknowledged
        const line = text.slice(start, nl);
        lineNo++;
        if (line) {
          const batch = this.readLine(line, lineNo);
          if (batch) apply(batch);
        }
        start = nl + 1;
      }
      good = Buffer.byteLength(text.slice(0, start));
      if (good !== fs.statSync(jPath).size) fs.truncateSync(jPath, good);
    }
    this.fd = fs.openSync(jPath, 'a');
    this.bytes = good;
  }

  /**
   * One journal line's batch. A torn write that a later append followed shares its line with that
   * append's whole batch: the batch after the last `{"m":` is kept, the torn part reported and skipped.
   */
  private readLine(line: string, lineNo: number): Mutation[] | undefined {
    try {
      return decodeDisk(line).m as Mutation[];
    } catch (e) {
      this.skipped.push(lineNo);
      console.warn(`[localcloud] journal line ${lineNo} is unreadable and was skipped: ${(e as Error).message}`);
      const tail = line.lastIndexOf('{"m":');
      if (tail <= 0) return undefined;
      try {
        return decodeDisk(line.slice(tail)).m as Mutation[];
      } catch {
        return undefined;
      }
    }
  }

  append(batch: Mutation[]): void {
    if (this.fd === null) throw new Error('journal is not open');
    const line = Buffer.from(encodeDisk({ m: batch }) + '\n');
    try {
      let done = 0;
      while (done < line.length) {
        const n = this.writer(this.fd, line, done, line.length - done);
        if (n <= 0) throw new Error(`short write: ${done} of ${line.length} bytes`);
        done += n;
      }
    } catch (e) {
      // Cut the partial line away so the next append starts clean and nothing unacknowledged replays.
      try { fs.ftruncateSync(this.fd, this.bytes); } catch { /* the next start drops the torn tail */ }
      throw new Error(`[localcloud] journal write failed, nothing written: ${(e as Error).message}`);
    }
    this.bytes += line.length;
  }

  /**
   * Resolves once every line appended so far is on disk. Group commit: the writes of one turn of
   * the event loop share one fdatasync (each costs milliseconds; one per write made a burst of
   * joins queue for seconds). A write is acknowledged only after this resolves.
   */
  sync(): Promise<void> {
    if (!this.pendingSync) {
      this.pendingSync = new Promise<void>((resolve, reject) => {
        setImmediate(() => {
          this.pendingSync = null;
          try {
            if (this.fd !== null) fs.fdatasyncSync(this.fd);
            resolve();
          } catch (e) {
            reject(new Error(`[localcloud] journal fsync failed: ${(e as Error).message}`));
          }
        });
      });
    }
    return this.pendingSync;
  }

  get needsCompaction(): boolean {
    return this.bytes > COMPACT_BYTES;
  }

  compact(collections: Iterable<[string, Iterable<Doc>]>): void {
    const tmp = path.join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = fs.openSync(tmp, 'w');
    try {
      const names: string[] = [];
      const entries = [...collections];
      for (const [name] of entries) names.push(name);
      let chunk = encodeDisk({ collections: names }) + '\n';
      for (const [name, docs] of entries) {
        for (const d of docs) {
          chunk += encodeDisk({ c: name, d }) + '\n';
          if (chunk.length > 1 << 20) { fs.writeSync(fd, chunk); chunk = ''; }
        }
      }
      fs.writeSync(fd, chunk);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    this.syncDir();
    if (this.fd !== null) {
      fs.ftruncateSync(this.fd, 0);
      fs.fsyncSync(this.fd);
    }
    this.bytes = 0;
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  private syncDir(): void {
    try {
      const d = fs.openSync(this.dir, 'r');
      fs.fsyncSync(d);
      fs.closeSync(d);
    } catch {
      /* some filesystems refuse fsync on directories; rename is still atomic */
    }
  }
}
