import { z } from 'zod';
import { daySchema, idSchema, monthSchema, yearSchema } from '../shared/fields.schema';
import { duesMethods, type DuesMethod } from './dues.constants';

/** 党费: the app records what was paid and how; it never takes money itself. */
// Plain values live in dues.constants.ts, which the app imports without loading zod.
export { duesMethods, type DuesMethod } from './dues.constants';

/** Yuan, at most two decimals (分): a monthly due can be as small as 0.2 元. */
export const yuanSchema = z
  .number({ message: '请输入金额' })
  .positive('金额须大于 0')
  .max(100_000, '金额过大')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, '金额最多两位小数（分）');

const noteSchema = z.string().trim().max(200, '备注不超过 200 个字').optional();

/** One member's dues for one month, recorded by his branch's secretary or the county. */
export const duesRecordInputSchema = z.strictObject({
  memberId: idSchema,
  month: monthSchema,
  amount: yuanSchema,
  method: z.enum(duesMethods, { message: '请选择交纳方式' }),
  /** The day the money changed hands (Shanghai); defaults to today. */
  paidOn: daySchema.optional(),
  note: noteSchema,
});

/** Withdraws a record made in error (wrong member, wrong month); the reason goes to his history. */
export const duesVoidInputSchema = z.strictObject({
  memberId: idSchema,
  month: monthSchema,
  reason: z.string().trim().min(2, '请说明撤销原因').max(100, '撤销原因不超过 100 个字'),
});

export const duesMineInputSchema = z.strictObject({});

/** Arrears of one branch over a span of months (at most a year, both ends included). */
export const duesArrearsInputSchema = z.strictObject({
  branchId: idSchema,
  /** Defaults to the twelfth month back from `to`. */
  from: monthSchema.optional(),
  /** Defaults to the current month. */
  to: monthSchema.optional(),
});

/** The 党费补助 of one year's 述职评议 round, per branch, with what was paid. */
export const duesSubsidiesInputSchema = z.strictObject({ year: yearSchema });

export const duesPaySubsidyInputSchema = z.strictObject({
  year: yearSchema,
  branchId: idSchema,
  paidOn: daySchema,
  note: noteSchema,
});

export type DuesRecordInput = z.infer<typeof duesRecordInputSchema>;
export type DuesVoidInput = z.infer<typeof duesVoidInputSchema>;
export type DuesArrearsInput = z.infer<typeof duesArrearsInputSchema>;
export type DuesSubsidiesInput = z.infer<typeof duesSubsidiesInputSchema>;
export type DuesPaySubsidyInput = z.infer<typeof duesPaySubsidyInputSchema>;

/** `_id` = memberId_month: the idempotency key, so a month is recorded once. */
export interface DuesRecord {
  _id: string;
  memberId: string;
  memberName: string;
  /** His branch and village when the dues were recorded. */
  branchId: string;
  groupId: string;
  month: string;
  amount: number;
  method: DuesMethod;
  paidOn: string;
  note: string | null;
  byOpenid: string;
  byName: string;
  at: number;
}

/** `_id` = s<year>_<branchId>: one 党费补助 payment per branch per evaluation year. */
export interface SubsidyPayment {
  _id: string;
  year: number;
  branchId: string;
  branchName: string;
  /** Tier and amount as the closed round decided them (whole yuan). */
  tier: string;
  amount: number;
  paidOn: string;
  note: string | null;
  byOpenid: string;
  byName: string;
  at: number;
}
