import { z } from 'zod';
import { daySchema, idSchema, yearSchema, pageFields } from '../shared/fields.schema';

/**
 * 流动党员活动证: issued to a member who works away, renewed before it lapses, checked once a year
 * (年审). The member record keeps the current card (`activityCardNo`, `activityCardExpiry`: the
 * ledger and its export read them); each issue, renewal and check is a record of its own.
 */
export const cardNoSchema = z.string().trim().regex(/^[A-Za-z0-9-]{4,32}$/, '活动证编号为 4-32 位字母数字');

const noteSchema = z.string().trim().max(200, '备注不超过 200 个字').optional();

export const cardRecordInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('issue'), memberId: idSchema, cardNo: cardNoSchema, day: daySchema, validUntil: daySchema, note: noteSchema }),
    z.strictObject({ kind: z.literal('renew'), memberId: idSchema, cardNo: cardNoSchema.optional(), day: daySchema, validUntil: daySchema, note: noteSchema }),
    z.strictObject({ kind: z.literal('check'), memberId: idSchema, year: yearSchema, day: daySchema, passed: z.boolean({ message: '请选择年审结果' }), note: noteSchema }),
  ],
  { message: '请选择办理事项（发证、换证续期或年审）' },
);

/** One member's card records (his own, or a member an organiser supervises). */
export const cardHistoryInputSchema = z.strictObject({ memberId: idSchema.optional() });

/** Cards past their date (or, with `within`, lapsing within that many days), of the county or one branch. */
export const cardListInputSchema = z.strictObject({
  branchId: idSchema.optional(),
  state: z.enum(['expired', 'expiring']).optional(),
  ...pageFields(50),
});

export type CardRecordInput = z.infer<typeof cardRecordInputSchema>;
export type CardHistoryInput = z.infer<typeof cardHistoryInputSchema>;
export type CardListInput = z.infer<typeof cardListInputSchema>;
export type CardEventKind = CardRecordInput['kind'] | 'profile';

/** A card event. A check's `_id` is memberId_check_<year> (one 年审 a year); others are time-sortable. */
export interface CardEvent {
  _id: string;
  memberId: string;
  branchId: string;
  kind: CardRecordInput['kind'];
  day: string;
  cardNo: string | null;
  /** The card's date after this event (a check leaves it as it was). */
  validUntil: string | null;
  year: number | null;
  passed: boolean | null;
  note: string | null;
  byOpenid: string;
  byName: string;
  at: number;
}
