import type { z } from 'zod';
import { AppError, ErrorCodes, type FieldError } from './errors';

/** Parse with a shared schema; a failure becomes INPUT.INVALID listing every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(payload)',
    message: issue.message,
  }));
  throw new AppError(ErrorCodes.INPUT_INVALID, '输入有误：' + fields.map((f) => f.path).join('、'), fields);
}
