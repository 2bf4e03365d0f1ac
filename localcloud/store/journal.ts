/**
 * Durability: an append-only journal (one line per committed batch, fsync'd before the write is
 * acknowledged) on top of a snapshot. Replay = snapshot, then journal lines in order.
 * A line only counts once its trailing "\n" is on disk, so a crash mid-append leaves a torn tail
 * that replay drops (and truncates away): each batch is all-or-nothing.
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
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break; // anything after the last newline is a torn write: never acknowledged
        const line = text.slice(start, nl);
        if (line) apply(decodeDisk(line).m as Mutation[]);
        start = nl + 1;
      }
      good = Buffer.byteLength(text.slice(0, start));
      if (good !== fs.statSync(jPath).size) fs.truncateSync(jPath, good);
    }
    this.fd = fs.openSync(jPath, 'a');
    this.bytes = good;
  }

  append(batch: Mutation[]): void {
    if (this.fd === null) throw new Error('journal is not open');
    const line = encodeDisk({ m: batch }) + '\n';
    fs.writeSync(this.fd, line);
    fs.fdatasyncSync(this.fd);
    this.bytes += Buffer.byteLength(line);
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
