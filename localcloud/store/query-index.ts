/**
 * An ordered index over one collection, as the cloud database keeps for every index declared in
 * collections.json (and for _id): a B+ tree of keys [field values…, _id]. It lets the local cloud
 * answer `where(branchId == x && _id > cursor).orderBy(_id)` by walking a key range instead of
 * testing every record, so benches over 100,000 members measure our code, not a full scan.
 * Arrays are indexed element by element (multikey), as in MongoDB.
 */
import BTree from 'sorted-btree';
import { compareValues, MAX_KEY, MIN_KEY, valuesAt } from './key-order';
import type { IndexSpec } from './unique-index';
import type { Doc } from './wire-codec';

type Key = unknown[];

export interface IndexField {
  path: string;
  dir: 1 | -1;
}

/** One key range of a scan: fixed values of the leading fields, then optional bounds of the next. */
export interface KeyRange {
  prefix: unknown[];
  low?: unknown;
  high?: unknown;
}

export class QueryIndex {
  readonly fields: IndexField[];
  private readonly tree: BTree<Key, undefined>;
  /** Fields seen holding arrays: an index walk cannot give their sort order. */
  readonly multikeyPaths = new Set<string>();
  /** Where in a key the record's _id sits (scan yields it). */
  private readonly idAt: number;

  constructor(
    readonly name: string,
    keys: IndexSpec['keys'],
    docs: Iterable<Doc>,
  ) {
    this.fields = Object.entries(keys).map(([path, dir]) => ({ path, dir: dir === -1 ? -1 : 1 }));
    // _id ends every key: keys stay unique and equal values keep a stable order.
    if (!this.fields.some((f) => f.path === '_id')) this.fields.push({ path: '_id', dir: 1 });
    this.idAt = this.fields.findIndex((f) => f.path === '_id'); // exactly one: keys are an object
    this.tree = new BTree<Key, undefined>(undefined, (a, b) => this.compare(a, b));
    for (const d of docs) this.add(d);
  }

  add(doc: Doc): void {
    for (const k of this.keysOf(doc)) this.tree.set(k, undefined);
  }

  remove(doc: Doc): void {
    for (const k of this.keysOf(doc)) this.tree.delete(k);
  }

  /** The _ids in one range, in index order (or reversed); a multikey record may come more than once. */
  *scan(range: KeyRange, reverse: boolean): Generator<string> {
    const at = range.prefix.length;
    const bound = (edge: 'start' | 'end'): Key => {
      const key: Key = [...range.prefix];
      const dir = this.fields[at]?.dir ?? 1;
      // In index order a descending field puts high values first.
      const value = (edge === 'start') === (dir === 1) ? range.low : range.high;
      key.push(value === undefined ? (edge === 'start' ? MIN_KEY : MAX_KEY) : value);
      while (key.length < this.fields.length) key.push(edge === 'start' ? MIN_KEY : MAX_KEY);
      return key.slice(0, this.fields.length);
    };
    const start = bound('start');
    const end = bound('end');
    const entries = reverse ? this.tree.entriesReversed(end) : this.tree.entries(start);
    for (const [key] of entries) {
      if (reverse ? this.compare(key, start) < 0 : this.compare(key, end) > 0) return;
      yield key[this.idAt] as string;
    }
  }

  private keysOf(doc: Doc): Key[] {
    let keys: Key[] = [[]];
    for (const f of this.fields) {
      const { values, multi } = valuesAt(doc, f.path);
      if (multi) this.multikeyPaths.add(f.path);
      const distinct = values.filter((v, i) => values.findIndex((w) => compareValues(v, w) === 0) === i);
      keys = keys.flatMap((k) => distinct.map((v) => [...k, v]));
    }
    return keys;
  }

  private compare(a: Key, b: Key): number {
    for (let i = 0; i < this.fields.length; i++) {
      const x = a[i];
      const y = b[i];
      if (x === y) continue;
      if (x === MIN_KEY || y === MAX_KEY) return -1;
      if (x === MAX_KEY || y === MIN_KEY) return 1;
      const c = compareValues(x, y) * this.fields[i].dir;
      if (c !== 0) return c;
    }
    return 0;
  }
}
