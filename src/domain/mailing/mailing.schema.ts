import { z } from 'zod';
import { cursorSchema, idSchema } from '../shared/fields.schema';
import { BATCH_RECIPIENTS_MAX } from './mailing.constants';

/** 学习资料寄送: a batch of study materials posted to members, marked sent by the organiser and received by the member. */
// Plain values live in mailing.constants.ts, which the app imports without loading zod.
export { BATCH_RECIPIENTS_MAX } from './mailing.constants';

const memberIdsSchema = z
  .array(idSchema)
  .min(1, '请选择收件党员')
  .max(BATCH_RECIPIENTS_MAX, `每批最多 ${BATCH_RECIPIENTS_MAX} 位党员`)
  .refine((ids) => new Set(ids).size === ids.length, '收件党员重复');

export const mailingCreateInputSchema = z.strictObject({
  title: z.string().trim().min(1, '请填写寄送内容').max(60, '寄送内容不超过 60 个字'),
  note: z.string().trim().max(200, '备注不超过 200 个字').optional(),
  memberIds: memberIdsSchema,
});
export const mailingListInputSchema = z.strictObject({ branchId: idSchema.optional(), cursor: cursorSchema, limit: z.number().int().min(1).max(50).optional() });
export const mailingGetInputSchema = z.strictObject({ batchId: idSchema });
export const mailingMarkSentInputSchema = z.strictObject({ batchId: idSchema, memberIds: memberIdsSchema });
export const mailingMineInputSchema = z.strictObject({});
export const mailingConfirmInputSchema = z.strictObject({ batchId: idSchema });

export type MailingCreateInput = z.infer<typeof mailingCreateInputSchema>;
export type MailingListInput = z.infer<typeof mailingListInputSchema>;
export type MailingMarkSentInput = z.infer<typeof mailingMarkSentInputSchema>;

export interface MailingCounts {
  recipients: number;
  sent: number;
  received: number;
}

export interface MailBatch {
  _id: string;
  title: string;
  note: string | null;
  /** The recipients' units: who may follow the batch (each organiser sees his own members' rows). */
  branchIds: string[];
  groupIds: string[];
  byName: string | null;
  byOpenid: string;
  createdAt: number;
  /** Moved by atomic increments as items are marked (never in a transaction); recomputable from the items. */
  counts: MailingCounts;
}

/** One recipient of a batch: `_id` = `${batchId}_${memberId}`. */
export interface MailItem {
  _id: string;
  batchId: string;
  title: string;
  memberId: string;
  memberName: string;
  branchId: string;
  groupId: string;
  /** The member's mailing address when the batch was made (null: none on his record). */
  address: string | null;
  sentAt: number | null;
  receivedAt: number | null;
}
