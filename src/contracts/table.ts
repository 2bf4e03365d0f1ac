import type { z } from 'zod';
import type { CloudFunctionName } from './functions';

/** The shape every area's action table has: the cloud function serving an action and its input schema. */
export type ActionTable = Record<string, { fn: CloudFunctionName; input: z.ZodType }>;

/** An action the `api` function serves (most user-facing actions), validated by `input`. */
export const api = <S extends z.ZodType>(input: S) => ({ fn: 'api' as const, input });

/** An action the `sheets` function serves (it reads or writes a workbook: exceljs stays out of `api`). */
export const sheets = <S extends z.ZodType>(input: S) => ({ fn: 'sheets' as const, input });
