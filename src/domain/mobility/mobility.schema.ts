import { z } from 'zod';
import { idSchema } from '../shared/fields.schema';

/**
 * Why a member's mobile status (流动党员身份) ended. 返乡创业 is a reason of its own, not a note
 * under 返乡: the county reports 回村任职 and 返乡创业 as separate figures (the article: 26 and 45).
 */
export const endReasons = ['返乡', '返乡创业', '回村任职', '组织关系转出', '其他'] as const;
export type EndReason = (typeof endReasons)[number];

/** ASCII keys for the reasons: counter fields are database paths. */
export const endReasonKeys: Record<EndReason, string> = {
  返乡: 'home',
  返乡创业: 'startup',
  回村任职: 'villagePost',
  组织关系转出: 'transferredOut',
  其他: 'other',
};

const noteSchema = z.string().trim().max(200, '说明不超过 200 个字');

export const endMobilityInputSchema = z
  .strictObject({
    /** Absent: his own record. */
    memberId: idSchema.optional(),
    reason: z.enum(endReasons, { message: '请选择结束原因' }),
    note: noteSchema.optional(),
  })
  .refine((v) => v.reason !== '其他' || Boolean(v.note), { message: '原因为「其他」时请填写说明', path: ['note'] });

export const reopenMobilityInputSchema = z.strictObject({
  memberId: idSchema.optional(),
  note: noteSchema.optional(),
});

export type EndMobilityInput = z.infer<typeof endMobilityInputSchema>;
export type ReopenMobilityInput = z.infer<typeof reopenMobilityInputSchema>;

/** Kept on the member record while his mobile status is ended (`ended: true` beside it, for queries). */
export interface MobilityEnd {
  reason: EndReason;
  note: string | null;
  endedAt: number;
  byName: string;
}
