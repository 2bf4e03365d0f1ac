/**
 * Cloud storage on disk under <dataDir>/storage. Object stores are flat (a key `a` and a key `a/b`
 * may both exist), so files are not laid out as a directory tree: each object is
 *   objects/<sha256(cloudPath)>.json  – metadata {cloudPath, size, contentType, owner, blob, …}
 *   blobs/<random id>                 – the bytes
 * A write lands the bytes as a new blob (temp file, fsync, rename), then renames the new metadata
 * over the old: that rename is the commit, so a crash leaves either the old object or the new one,
 * never a torn file. Blobs no metadata points at (a crash between the two renames) and temp files
 * are swept at startup.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { typeOfPath } from './content-type';

export interface StoredFile {
  cloudPath: string;
  size: number;
  contentType: string;
  /** openid of the client that uploaded it; null for uploads by a function (admin). */
  owner: string | null;
  updatedAt: string;
  blob: string;
}

export class FileTooLarge extends Error {
  constructor(readonly size: number, readonly limit: number) { super(`file is ${size} bytes, the limit is ${limit}`); }
}

const keyOf = (cloudPath: string) => createHash('sha256').update(cloudPath).digest('hex');

function fsyncDir(dir: string) {
  try { const fd = fs.openSync(dir, 'r'); try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); } } catch { /* not supported (Windows) */ }
}

/** Streams `src` into `file`, counting; past `limit` it keeps draining (so the caller can still answer) and throws. */
async function writeCapped(src: Readable | Buffer, file: string, limit: number): Promise<number> {
  const fh = await fs.promises.open(file, 'w');
  let size = 0;
  try {
    for await (const chunk of Buffer.isBuffer(src) ? [src] : src) {
      size += (chunk as Buffer).length;
      if (size <= limit) await fh.write(chunk as Buffer);
    }
    if (size <= limit) await fh.sync();
  } catch (e) {
    await fh.close();
    fs.rmSync(file, { force: true });
    throw e;
  }
  await fh.close();
  if (size > limit) { fs.rmSync(file, { force: true }); throw new FileTooLarge(size, limit); }
  return size;
}

export class FileStore {
  private readonly objects: string;
  private readonly blobs: string;
  private readonly tmp: string;
  /** Per-path queue: two writes of one path never interleave their commit and blob clean-up. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(readonly root: string) {
    this.objects = path.join(root, 'objects');
    this.blobs = path.join(root, 'blobs');
    this.tmp = path.join(root, 'tmp');
    for (const d of [this.objects, this.blobs, this.tmp]) fs.mkdirSync(d, { recursive: true });
    this.sweep();
  }

  async put(cloudPath: string, src: Readable | Buffer, info: { contentType?: string; owner?: string | null }, limit: number): Promise<StoredFile> {
    const blob = randomBytes(16).toString('hex');
    const tmpBlob = path.join(this.tmp, blob);
    const size = await writeCapped(src, tmpBlob, limit);
    fs.renameSync(tmpBlob, path.join(this.blobs, blob));
    const meta: StoredFile = {
      cloudPath, size,
      contentType: info.contentType || typeOfPath(cloudPath),
      owner: info.owner ?? null,
      updatedAt: new Date().toISOString(),
      blob,
    };
    return this.serial(cloudPath, () => {
      const old = this.stat(cloudPath);
      const tmpMeta = path.join(this.tmp, `${blob}.json`);
      const fd = fs.openSync(tmpMeta, 'w');
      try { fs.writeSync(fd, JSON.stringify(meta)); fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
      fs.renameSync(tmpMeta, this.metaPath(cloudPath));
      fsyncDir(this.objects);
      if (old) fs.rmSync(path.join(this.blobs, old.blob), { force: true });
      return meta;
    });
  }

  stat(cloudPath: string): StoredFile | null {
    try { return JSON.parse(fs.readFileSync(this.metaPath(cloudPath), 'utf8')) as StoredFile; } catch { return null; }
  }

  /** Where the bytes of `file` are (open it at once: an overwrite removes the old blob). */
  blobPath(file: StoredFile): string {
    return path.join(this.blobs, file.blob);
  }

  read(cloudPath: string): { file: StoredFile; bytes: Buffer } | null {
    const file = this.stat(cloudPath);
    if (!file) return null;
    try { return { file, bytes: fs.readFileSync(this.blobPath(file)) }; } catch { return null; }
  }

  delete(cloudPath: string): Promise<boolean> {
    return this.serial(cloudPath, () => {
      const old = this.stat(cloudPath);
      if (!old) return false;
      fs.rmSync(this.metaPath(cloudPath)); // the commit; the blob is then garbage
      fsyncDir(this.objects);
      fs.rmSync(this.blobPath(old), { force: true });
      return true;
    });
  }

  list(): StoredFile[] {
    return fs.readdirSync(this.objects).filter((f) => f.endsWith('.json')).flatMap((f) => {
      try { return [JSON.parse(fs.readFileSync(path.join(this.objects, f), 'utf8')) as StoredFile]; } catch { return []; }
    });
  }

  private metaPath(cloudPath: string): string {
    return path.join(this.objects, `${keyOf(cloudPath)}.json`);
  }

  private serial<T>(cloudPath: string, fn: () => T): Promise<T> {
    const prev = this.queues.get(cloudPath) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const settled = next.catch(() => undefined);
    this.queues.set(cloudPath, settled);
    void settled.then(() => { if (this.queues.get(cloudPath) === settled) this.queues.delete(cloudPath); });
    return next;
  }

  private sweep() {
    for (const f of fs.readdirSync(this.tmp)) fs.rmSync(path.join(this.tmp, f), { force: true, recursive: true });
    const live = new Set(this.list().map((m) => m.blob));
    for (const b of fs.readdirSync(this.blobs)) if (!live.has(b)) fs.rmSync(path.join(this.blobs, b), { force: true });
  }
}
