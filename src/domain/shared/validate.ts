import type { z } from 'zod';
import { AppError, ErrorCodes, type FieldError } from './errors';
import { PROTOTYPE_KEYS } from './fields.schema';
import { fieldLabel } from './field-labels';
import { zhError } from './zh-messages';
/** Deeper than any payload of ours (the deepest, a study body block, is 4 levels). */
const MAX_DEPTH = 16;

/**
 * The path of the first prototype key or over-deep value in `input`, or null. Zod drops an own
 * "__proto__" key of a record silently instead of refusing it; a hostile payload should be refused
 * whole, before any schema runs (and without recursion, so depth cannot overflow the stack).
 */
export function unsafeShapeAt(input: unknown): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return path || '(payload)';
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return at;
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Parse with a shared schema; a failure becomes INPUT.INVALID listing every offending field. The
 * message a person reads names fields by label (`action` picks that action's labels); `fields`
 * keep the paths, which forms match to their inputs, with Chinese messages (zh-messages.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, action?: string): z.infer<S> {
  const unsafe = unsafeShapeAt(input);
  if (unsafe) throw new AppError(ErrorCodes.INPUT_INVALID, '提交的内容含有不允许的字段或嵌套过深', [{ path: unsafe, message: '不允许的字段或嵌套过深' }]);
  const result = schema.safeParse(input, { error: zhError });
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(payload)',
    message: issue.message,
  }));
  const named = [...new Set(result.error.issues.map((issue) => fieldLabel(issue.path as (string | number)[], action)))];
  throw new AppError(ErrorCodes.INPUT_INVALID, '输入有误：' + named.join('、'), fields);
}
