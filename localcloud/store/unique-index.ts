/**
 * A unique index from collections.json. Like MongoDB (which backs the cloud database), a missing
 * field is indexed as null, so two records that both lack the field collide (use a field that is
 * always set). Array values are compared as whole values (no multikey expansion).
 */
import type { Doc } from './wire-codec';
import { encodeDisk } from './doc-codec';

export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

/** The value at a dotted path; null when it or a step on the way is missing (as the index keys it). */
export function resolvePath(doc: unknown, dotted: string): unknown {
  let cur: any = doc;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = cur[part];
  }
  return cur === undefined ? null : cur;
}

export class UniqueIndex {
  /** key text -> _id of the record holding it */
  readonly owners = new Map<string, string>();
  private readonly fields: string[];

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys);
  }

  keyOf(doc: Doc): string {
    return encodeDisk(this.fields.map((f) => resolvePath(doc, f)));
  }

  /** `{ openid: "abc" }`, as MongoDB prints the dup key. */
  describe(doc: Doc): string {
    const parts = this.fields.map((f) => `${f}: ${JSON.stringify(resolvePath(doc, f))}`);
    return `{ ${parts.join(', ')} }`;
  }

  add(doc: Doc): void {
    this.owners.set(this.keyOf(doc), doc._id);
  }

  remove(doc: Doc): void {
    const key = this.keyOf(doc);
    if (this.owners.get(key) === doc._id) this.owners.delete(key);
  }
}
