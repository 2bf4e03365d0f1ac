import type { z } from 'zod';

/** The shape every area's action table has: the cloud function serving an action and its input schema. */
export type ActionTable = Record<string, { fn: 'api'; input: z.ZodType }>;

/** An action the `api` function serves (every user-facing action does), validated by `input`. */
export const api = <S extends z.ZodType>(input: S) => ({ fn: 'api' as const, input });
