/**
 * The SDK sends queries/updates/documents as canonical EJSON strings (bson 4, the same copy the SDK
 * uses) and decodes replies with EJSON.parse. Locally documents are plain JS values with Date.
 */
import { EJSON, BSONRegExp, ObjectId, Long, Decimal128 } from 'bson';
import { unsupported } from './db-error';

export type Doc = Record<string, unknown> & { _id: string };

const JS_REGEX_FLAGS = new Set(['i', 'm', 's', 'u']);

function normalise(value: unknown, now: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (value instanceof RegExp) return value;
  if (value instanceof BSONRegExp) {
    for (const f of value.options) if (!JS_REGEX_FLAGS.has(f)) throw unsupported(`regex option "${f}"`);
    return new RegExp(value.pattern, value.options);
  }
  if (value instanceof ObjectId) return value.toHexString();
  if (value instanceof Long) return value.toNumber();
  if (value instanceof Decimal128) throw unsupported('Decimal128 values');
  if (Array.isArray(value)) return value.map((v) => normalise(v, now));
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  // db.serverDate({offset}) — the cloud stamps its own clock at write time.
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const offset = Number((obj.$tcb_server_date as { offset?: number })?.offset ?? 0);
    return new Date(now + offset);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = normalise(obj[k], now);
  return out;
}

/** Decodes one EJSON string from the SDK. `now` is the server clock for serverDate(). */
export function decodeWire(text: string | undefined, now = Date.now()): any {
  if (text === undefined || text === null || text === '') return undefined;
  return normalise(EJSON.parse(text, { relaxed: true }), now);
}

/** Canonical EJSON so ints stay ints and doubles doubles on the SDK side. */
export function encodeWire(value: unknown): string {
  return EJSON.stringify(value as any, { relaxed: false });
}
