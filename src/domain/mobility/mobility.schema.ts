import { z } from 'zod';
import { idSchema } from '../shared/fields.schema';
import { endReasons, type EndReason } from './mobility.constants';
// Plain values live in mobility.constants.ts, which the app imports without loading zod.
export { endReasonKeys, endReasons, type EndReason } from './mobility.constants';

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
