/**
 * The updates MongoDB (and so CloudBase) refuses, which mingo would apply or skip silently:
 * a path through a null or scalar parent, `$inc`/`$mul` on a non-number, `$push`/`$addToSet`/
 * `$pop`/`$pull`/`$pullAll` on a non-array. CloudBase answers them DATABASE_REQUEST_FAILED
 * (wx-server-sdk errCode -502001) with MongoDB's own message, and writes nothing; so does this.
 * Source: MongoDB manual, $inc / $push / "Cannot create field" (update operators behaviour), and
 * CloudBase error codes (docs.cloudbase.net error-code: -502001 数据库请求失败).
 */
import { DbError } from '../store/db-error';
import type { Doc } from '../store/wire-codec';

const NUMERIC = new Set(['$inc', '$mul']);
const ARRAY = new Set(['$push', '$addToSet', '$pop', '$pull', '$pullAll']);
/** Operators that never create the path: a missing or scalar parent is a no-op for them in MongoDB. */
const NO_CREATE = new Set(['$unset', '$pull', '$pullAll', '$pop']);

function bsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 80) ?? String(v);
const refused = (msg: string) => new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${msg}`);

/** Throws MongoDB's refusal when `change` cannot apply to `doc`. */
export function refuseInvalidUpdate(doc: Doc, change: Record<string, unknown>): void {
  for (const [op, fields] of Object.entries(change)) {
    const byPath = op.startsWith('$') ? (fields as Record<string, unknown>) : { [op]: fields };
    const operator = op.startsWith('$') ? op : '$set';
    if (!byPath || typeof byPath !== 'object') continue;
    for (const path of Object.keys(byPath)) checkPath(doc, operator, path);
  }
}

function checkPath(doc: Doc, op: string, path: string): void {
  const segs = path.split('.');
  let node: unknown = doc;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = (node as Record<string, unknown>)[segs[i]];
    if (next === undefined) return; // created on the way (or a no-op for NO_CREATE)
    const container = Array.isArray(next) ? /^\d+$/.test(segs[i + 1]) : typeof next === 'object' && next !== null && !(next instanceof Date);
    if (!container) {
      if (NO_CREATE.has(op)) return;
      throw refused(`Cannot create field '${segs[i + 1]}' in element {${segs[i]}: ${shown(next)}}`);
    }
    node = next;
  }
  const value = (node as Record<string, unknown>)[segs[segs.length - 1]];
  if (value === undefined) return;
  if (NUMERIC.has(op) && typeof value !== 'number') {
    throw refused(`Cannot apply ${op} to a value of non-numeric type. {_id: ${shown(doc._id)}} has the field '${segs[segs.length - 1]}' of non-numeric type ${bsonType(value)}`);
  }
  if (ARRAY.has(op) && !Array.isArray(value)) {
    throw refused(`The field '${path}' must be an array but is of type ${bsonType(value)} in document {_id: ${shown(doc._id)}}`);
  }
}
