import { z } from 'zod';
import { parseInput, unsafeShapeAt } from '../../src/domain/shared/validate';
import { deepObject, withProtoKey } from '../security/probes';

describe('unsafeShapeAt: payload shapes refused before any schema', () => {
  it('finds own prototype keys at any depth, in objects and arrays', () => {
    expect(unsafeShapeAt(withProtoKey({ a: 1 }))).toBe('__proto__');
    expect(unsafeShapeAt({ results: withProtoKey({ T: 'accept' }) })).toBe('results.__proto__');
    expect(unsafeShapeAt({ body: [{ text: 'x' }, { constructor: { prototype: {} } }] })).toBe('body.1.constructor');
    expect(unsafeShapeAt({ a: { prototype: 1 } })).toBe('a.prototype');
  });

  it('finds nesting deeper than 16 levels without overflowing the stack', () => {
    expect(unsafeShapeAt(deepObject(16))).toBeNull();
    expect(unsafeShapeAt(deepObject(17))).toMatch(/^(a\.){16}a$/);
    expect(unsafeShapeAt({ x: deepObject(1_000_000) })).not.toBeNull();
  });

  it('passes ordinary payloads and values named like prototype keys', () => {
    expect(unsafeShapeAt({ name: '__proto__', list: [1, 'constructor'], nested: { ok: true } })).toBeNull();
    expect(unsafeShapeAt(undefined)).toBeNull();
    expect(unsafeShapeAt('text')).toBeNull();
  });

  it('makes parseInput answer INPUT.INVALID naming the path, even where zod would drop the key', () => {
    const schema = z.strictObject({ results: z.record(z.string(), z.string()) });
    const payload = { results: withProtoKey({ T: 'accept' }) };
    expect(schema.safeParse(payload).success).toBe(true); // zod alone lets it through
    expect(() => parseInput(schema, payload)).toThrow(expect.objectContaining({ code: 'INPUT.INVALID', fields: [{ path: 'results.__proto__', message: expect.any(String) }] }));
  });
});
