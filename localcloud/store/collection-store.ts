/**
 * The committed state: collections of records keyed by _id (Map keeps insertion order, which
 * stands in for MongoDB's natural order). Every change is a batch of mutations that is validated
 * (unique indexes), journaled, then applied, so memory never holds an unacknowledged write.
 */
import { Journal, type Mutation } from './journal';
import { UniqueIndex, type IndexSpec } from './unique-index';
import { duplicateKey } from './db-error';
import { QueryIndex } from './query-index';
import type { Doc } from './wire-codec';

export interface Collection {
  name: string;
  docs: Map<string, Doc>;
  indexes: UniqueIndex[];
  /** Arrival number per record: the order of a query without orderBy, as a scan would give it. */
  seq: Map<string, number>;
  /** Ordered indexes for queries, built on first use and kept current by every commit after. */
  queryIndexes: QueryIndex[] | null;
}

export class CollectionStore {
  private readonly collections = new Map<string, Collection>();
  /** Every declared index (unique or not): the unique ones guard writes, all serve the query planner. */
  private readonly indexSpecs = new Map<string, IndexSpec[]>();
  private nextSeq = 0;

  constructor(private readonly journal: Journal) {}

  load(): void {
    this.journal.load(
      { collection: (c) => this.ensure(c), doc: (c, d) => this.putDoc(this.ensure(c), d) },
      (batch) => this.apply(batch),
    );
  }

  has(name: string): boolean {
    return this.collections.has(name);
  }

  get(name: string): Collection | undefined {
    return this.collections.get(name);
  }

  names(): string[] {
    return [...this.collections.keys()];
  }

  /** Declares unique indexes (collections.json). Existing records are indexed; clashes are reported. */
  defineIndexes(coll: string, specs: IndexSpec[]): string[] {
    this.indexSpecs.set(coll, specs);
    const c = this.collections.get(coll);
    if (!c) return [];
    c.queryIndexes = null;
    c.indexes = this.uniqueIndexes(coll);
    const clashes: string[] = [];
    for (const d of c.docs.values()) {
      for (const ix of c.indexes) {
        const k = ix.keyOf(d);
        if (ix.owners.has(k)) clashes.push(`${coll}.${ix.spec.name} ${ix.describe(d)}`);
        else ix.owners.set(k, d._id);
      }
    }
    return clashes;
  }

  /**
   * Throws the E11000-style error if applying `batch` would give two records the same _id-unique
   * key. Only the final state of each touched record counts (a batch may move a key between them).
   */
  validate(batch: Mutation[]): void {
    const finals = new Map<string, Map<string, Doc | null>>();
    for (const m of batch) {
      if (m.op === 'createColl') continue;
      if (!finals.has(m.coll)) finals.set(m.coll, new Map());
      finals.get(m.coll)!.set(m.op === 'put' ? m.doc._id : m.id, m.op === 'put' ? m.doc : null);
    }
    for (const [collName, touched] of finals) {
      const c = this.collections.get(collName);
      const indexes = c?.indexes ?? this.uniqueIndexes(collName);
      for (const ix of indexes) {
        const claimed = new Map<string, string>();
        for (const [id, doc] of touched) {
          if (!doc) continue;
          const key = ix.keyOf(doc);
          const inBatch = claimed.get(key);
          const owner = ix.owners.get(key);
          const ownerStillHolds = owner !== undefined && owner !== id && !touched.has(owner);
          if ((inBatch !== undefined && inBatch !== id) || ownerStillHolds) {
            throw duplicateKey(collName, ix.spec.name, ix.describe(doc));
          }
          claimed.set(key, id);
        }
      }
    }
  }

  /** Resolves once every committed batch is on disk (the journal's group fsync): await it before acknowledging. */
  durable(): Promise<void> {
    return this.journal.sync();
  }

  /** Validate, journal, apply; acknowledge after durable(). The only way committed state changes after load. */
  commit(batch: Mutation[]): void {
    if (batch.length === 0) return;
    this.validate(batch);
    this.journal.append(batch);
    this.apply(batch);
    if (this.journal.needsCompaction) this.compact();
  }

  /** The _id index and the declared ones of a collection, built now if this is their first use. */
  queryIndexes(c: Collection): QueryIndex[] {
    c.queryIndexes ??= [
      new QueryIndex('_id_', { _id: 1 }, c.docs.values()),
      ...(this.indexSpecs.get(c.name) ?? []).map((s) => new QueryIndex(s.name, s.keys, c.docs.values())),
    ];
    return c.queryIndexes;
  }

  compact(): void {
    this.journal.compact([...this.collections.values()].map((c) => [c.name, c.docs.values()] as [string, Iterable<Doc>]));
  }

  /** Empty unique indexes for the collection's declared unique specs. */
  private uniqueIndexes(coll: string): UniqueIndex[] {
    return (this.indexSpecs.get(coll) ?? []).filter((s) => s.unique).map((s) => new UniqueIndex(s));
  }

  private ensure(name: string): Collection {
    let c = this.collections.get(name);
    if (!c) {
      c = { name, docs: new Map(), indexes: this.uniqueIndexes(name), seq: new Map(), queryIndexes: null };
      this.collections.set(name, c);
    }
    return c;
  }

  private putDoc(c: Collection, doc: Doc): void {
    const old = c.docs.get(doc._id);
    if (old) this.unindex(c, old);
    else c.seq.set(doc._id, this.nextSeq++);
    c.docs.set(doc._id, doc);
    for (const ix of c.indexes) ix.add(doc);
    for (const ix of c.queryIndexes ?? []) ix.add(doc);
  }

  private unindex(c: Collection, old: Doc): void {
    for (const ix of c.indexes) ix.remove(old);
    for (const ix of c.queryIndexes ?? []) ix.remove(old);
  }

  private apply(batch: Mutation[]): void {
    for (const m of batch) {
      if (m.op === 'createColl') { this.ensure(m.coll); continue; }
      const c = this.ensure(m.coll);
      if (m.op === 'put') this.putDoc(c, m.doc);
      else {
        const old = c.docs.get(m.id);
        if (old) { this.unindex(c, old); c.docs.delete(m.id); c.seq.delete(m.id); }
      }
    }
  }
}
