import type { z } from 'zod';
import { actions } from '../../src/contracts';
import { AppError } from '../../src/domain/shared/errors';
import { keyLabel } from '../../src/domain/shared/field-labels';
import { parseInput } from '../../src/domain/shared/validate';

/**
 * Every schema of every action, fed empty and wrong payloads: what comes back is what a person
 * reads in a toast or beside a field, so it must be Chinese and name fields by label.
 */
type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object keys of a schema, seen through optional/pipe/default wrappers. */
function shapeOf(s: z.ZodType | undefined): Record<string, z.ZodType> | null {
  for (let cur = s, i = 0; cur && i < 8; i++) {
    const def = defOf(cur);
    if (def.type === 'object') return def.shape ?? null;
    if (def.type === 'union') return Object.assign({}, ...(def.options ?? []).map((o) => shapeOf(o) ?? {}));
    cur = def.innerType ?? def.in;
  }
  return null;
}

function elementShape(s: z.ZodType): Record<string, z.ZodType> | null {
  for (let cur: z.ZodType | undefined = s, i = 0; cur && i < 8; i++) {
    const def = defOf(cur);
    if (def.type === 'array') return shapeOf(def.element);
    if (def.type === 'object') return shapeOf(cur);
    cur = def.innerType ?? def.in;
  }
  return null;
}

const LATIN_WORD = /[A-Za-z]{2,}/;

function wrongPayloads(schema: z.ZodType): unknown[] {
  const shape = shapeOf(schema) ?? {};
  const keys = Object.keys(shape);
  const fill = (v: unknown) => Object.fromEntries(keys.map((k) => [k, v]));
  const nested = Object.fromEntries(
    keys.map((k) => {
      const inner = elementShape(shape[k]);
      if (!inner) return [k, 1];
      const wrong = Object.fromEntries(Object.keys(inner).map((ik) => [ik, 12345]));
      return [k, defOf(shape[k]).type === 'array' || defOf(shape[k]).innerType ? [wrong] : wrong];
    }),
  );
  return [undefined, {}, null, 'text', fill(12345), fill(''), fill('x'.repeat(5000)), fill([]), fill({}), fill(-1), fill(true), nested, { ...fill(12345), unexpected: 1 }];
}

const failures = (action: string, schema: z.ZodType, payload: unknown): AppError | null => {
  try {
    parseInput(schema, payload, action);
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return err;
  }
};

describe.each(Object.entries(actions))('%s: refused payloads read in Chinese', (action, { input }) => {
  it('names fields by label and says nothing in Latin words', () => {
    const problems: string[] = [];
    let refused = 0;
    for (const payload of wrongPayloads(input)) {
      const err = failures(action, input, payload);
      if (!err) continue;
      refused++;
      const texts = [err.message, ...(err.fields ?? []).map((f) => f.message)];
      for (const text of texts) if (LATIN_WORD.test(text)) problems.push(`${JSON.stringify(payload)?.slice(0, 60)} → ${text}`);
      for (const f of err.fields ?? []) {
        for (const seg of f.path.split('.')) {
          // A record's own keys (a template id) are data, not fields: only schema keys need labels.
          if (/^\d+$/.test(seg) || seg === '(payload)' || action === 'themeday.subscribe' && f.path.startsWith('results.')) continue;
          if (!keyLabel(seg, action)) problems.push(`no label for "${seg}" (path ${f.path})`);
        }
      }
      if (err.message.includes('某一项')) problems.push(`unlabelled field in "${err.message}"`);
    }
    expect(refused).toBeGreaterThan(0);
    expect([...new Set(problems)]).toEqual([]);
  });
});

it('the join form refused empty reads by label, with zh-CN choices', () => {
  const err = failures('member.join', actions['member.join'].input, { scene: 'abc' })!;
  expect(err.message).toMatch(/^输入有误：.*姓名.*性别.*手机号/);
  const byPath = Object.fromEntries((err.fields ?? []).map((f) => [f.path, f.message]));
  expect(byPath.name).toBe('请填写');
  expect(byPath.gender).toMatch(/男.*女/);
});
