import { z } from 'zod';

/** Reusable field schemas. Dates travel as Shanghai calendar days `YYYY-MM-DD`. */

/** Keys that reach Object.prototype when used as an object key, or when a payload is copied or merged. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Letters, digits, - and _, but never a name of Object.prototype's plumbing: ids and template ids
 * become object keys (counters by branch, consents by template), and a "__proto__" key would set
 * a prototype instead of a property (found by the security suite).
 */
export const safeKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确')
  .refine((k) => !PROTOTYPE_KEYS.has(k), '编号格式不正确');
export const idSchema = safeKeySchema;
export const daySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期应为 年-月-日，如 2026-03-01')
  // The pattern lets 02-30 or 04-31 through: the day must exist in its month (leap years included).
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, '日期不存在');
/** A Shanghai month `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 年-月，如 2026-03');
export const phoneSchema = z.string().regex(/^1[3-9]\d{9}$/, '请输入 11 位手机号');
export const nameSchema = z.string().trim().min(1, '不能为空').max(32, '不超过 32 个字');
export const shortTextSchema = z.string().trim().max(64, '不超过 64 个字');
export const cursorSchema = z.string().max(128).optional();
/** A list's page fields: where the last page ended, and how many rows (at most `max`). */
export const pageFields = (max: number) => ({ cursor: cursorSchema, limit: z.number().int().min(1).max(max).optional() });
/** A user named by his openid (a cadre to pair with, a user to grant a role to). */
export const openidSchema = z.string().min(1).max(64);
/** A calendar year (counters, campaigns and rounds are per year). */
export const yearSchema = z.number().int().min(2000).max(2100);
