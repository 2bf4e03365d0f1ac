/**
 * Payload variants generated from one valid payload: what a hostile or broken client could send.
 * Each variant is labelled so a failure names it.
 */
import type { z } from 'zod';

export interface Variant {
  label: string;
  payload: unknown;
}

const HUGE = 'x'.repeat(200_000);

/** An object nested `depth` levels deep ({ a: { a: … } }), built without recursion. */
export function deepObject(depth: number): Record<string, unknown> {
  let o: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < depth; i++) o = { a: o };
  return o;
}

/**
 * `obj` with an own "__proto__" key, as JSON.parse makes it from a request body ({...} or
 * Object.assign would set the prototype instead of adding the key).
 */
export function withProtoKey(obj: Record<string, unknown>): Record<string, unknown> {
  const inner = JSON.stringify(obj).slice(1, -1);
  return JSON.parse(`{"__proto__":{"polluted":"yes","isAdmin":true}${inner ? `,${inner}` : ''}}`);
}

function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return '12345';
  if (typeof v === 'boolean') return 'true';
  if (Array.isArray(v)) return { 0: v[0] };
  return ['x'];
}

/** Variants every schema must refuse: wrong shapes, types, sizes and prototype-pollution keys. */
export function malformed(valid: Record<string, unknown>, schema: z.ZodType): Variant[] {
  const out: Variant[] = [
    { label: 'a number instead of an object', payload: 42 },
    { label: 'a string instead of an object', payload: 'payload' },
    { label: 'an array instead of an object', payload: [valid] },
    { label: 'an unknown key', payload: { ...valid, unexpected: 1 } },
    { label: 'an own __proto__ key', payload: withProtoKey(valid) },
    { label: 'a constructor.prototype key', payload: { ...valid, constructor: { prototype: { polluted: 'yes' } } } },
    { label: 'a 2 MB extra string', payload: { ...valid, padding: 'x'.repeat(2_000_000) } },
    { label: 'a 5,000-level deep extra object', payload: { ...valid, nested: deepObject(5000) } },
  ];
  for (const [key, v] of Object.entries(valid)) {
    out.push({ label: `${key}: wrong type`, payload: { ...valid, [key]: wrongType(v) } });
    out.push({ label: `${key}: 5,000-level deep object`, payload: { ...valid, [key]: deepObject(5000) } });
    if (typeof v === 'string') out.push({ label: `${key}: 200,000 characters`, payload: { ...valid, [key]: HUGE } });
    if (Array.isArray(v) && v.length) out.push({ label: `${key}: 5,000 items`, payload: { ...valid, [key]: Array(5000).fill(v[0]) } });
    if (v && typeof v === 'object' && !Array.isArray(v)) out.push({ label: `${key}: own __proto__ key inside`, payload: { ...valid, [key]: withProtoKey(v as Record<string, unknown>) } });
    if (Array.isArray(v) && v[0] && typeof v[0] === 'object') out.push({ label: `${key}[0]: own __proto__ key inside`, payload: { ...valid, [key]: [withProtoKey(v[0]), ...v.slice(1)] } });
    const { [key]: _dropped, ...rest } = valid;
    // Dropping a key is malformed only where the key is required.
    if (!schema.safeParse(rest).success) out.push({ label: `${key}: missing`, payload: rest });
  }
  return out;
}

/** Identity claims a forged client might add; the caller stays who WeChat says he is. */
export function forged(valid: Record<string, unknown>, target: { openid: string; memberId: string }, admin: string): Variant[] {
  return [
    { label: 'openid of the target', payload: { ...valid, openid: target.openid } },
    { label: '_openid of the target', payload: { ...valid, _openid: target.openid } },
    { label: 'memberId of the target', payload: { ...valid, memberId: target.memberId } },
    { label: 'userInfo.openId of the admin', payload: { ...valid, userInfo: { openId: admin, appId: 'wx' } } },
    { label: 'grants claiming sysadmin', payload: { ...valid, grants: [{ role: 'sysadmin' }] } },
  ].filter((v) => !(v.label.startsWith('memberId') && 'memberId' in valid));
}

/** A signed code with single edits: each must fail its signature check. */
export function tampered(code: string, spliced: string[] = []): Variant[] {
  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  return [
    { label: 'last character changed', payload: flip(code, code.length - 1) },
    { label: 'first character changed', payload: flip(code, 0) },
    { label: 'middle character changed', payload: flip(code, Math.floor(code.length / 2)) },
    { label: 'last character dropped', payload: code.slice(0, -1) },
    { label: 'a character appended', payload: `${code}A` },
    { label: 'reversed', payload: [...code].reverse().join('') },
    ...spliced.map((s, i) => ({ label: `spliced from another unit's code #${i + 1}`, payload: s })),
  ];
}

/**
 * Whether a payload with an extra key can pass `schema` (zod 4 definitions: an object without a
 * `never` catch-all, through optional, union and pipe). Where it cannot, forged identity fields are
 * refused by the dispatcher's schema check and never reach the handler. Unknown kinds answer true
 * (probe the handler rather than miss it).
 */
export function acceptsUnknownKeys(schema: unknown): boolean {
  const def = (schema as { _zod?: { def?: any } })?._zod?.def;
  if (!def) return true;
  if (def.type === 'object') return def.catchall?._zod?.def?.type !== 'never';
  if (def.type === 'union') return def.options.some(acceptsUnknownKeys);
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return acceptsUnknownKeys(def.innerType);
  if (def.type === 'pipe') return acceptsUnknownKeys(def.in);
  return true;
}
