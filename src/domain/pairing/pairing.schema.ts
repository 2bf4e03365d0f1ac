import { z } from 'zod';
import { daySchema, idSchema, openidSchema, pageFields } from '../shared/fields.schema';

/** How a contact was made: 电话, 微信, 走访, 见面/组织活动. */
export const contactChannels = ['phone', 'wechat', 'visit', 'meeting'] as const;
export type ContactChannel = (typeof contactChannels)[number];
export const channelLabels: Record<ContactChannel, string> = { phone: '电话', wechat: '微信', visit: '走访', meeting: '见面/活动' };

/** The member's wish to come back and work at home (返乡意愿). */
export const wishesToReturn = ['yes', 'no', 'undecided'] as const;
export type WishToReturn = (typeof wishesToReturn)[number];
export const wishLabels: Record<WishToReturn, string> = { yes: '有意返乡', no: '暂不返乡', undecided: '未定' };

/** A pairing call names at most 100 members: all of them are written in one transaction. */
const memberIdsSchema = z.array(idSchema).min(1, '请选择党员').max(100, '一次最多 100 名党员').refine((ids) => new Set(ids).size === ids.length, '党员重复');

export const pairingAssignInputSchema = z.strictObject({ memberIds: memberIdsSchema, cadreOpenid: openidSchema });
export const pairingUnassignInputSchema = z.strictObject({ memberIds: memberIdsSchema });
export const pairingMineInputSchema = z.strictObject({}).optional();
export const pairingCadresInputSchema = z.strictObject({ groupId: idSchema });

export const situationSchema = z.strictObject({
  work: z.string().trim().max(200, '不超过 200 个字'),
  difficulties: z.string().trim().max(200, '不超过 200 个字'),
  wishToReturn: z.enum(wishesToReturn),
});

export const contactLogInputSchema = z.strictObject({
  memberId: idSchema,
  day: daySchema,
  channel: z.enum(contactChannels),
  note: z.string().trim().min(1, '请填写联系情况').max(500, '不超过 500 个字'),
  situation: situationSchema,
});

export const contactListInputSchema = z.strictObject({
  memberId: idSchema,
  ...pageFields(100),
});

/** The gap monitor for the caller's scope, narrowed to one branch or group; `asOf` reviews an earlier day. */
export const contactGapsInputSchema = z.strictObject({
  branchId: idSchema.optional(),
  groupId: idSchema.optional(),
  asOf: daySchema.optional(),
});

export type PairingAssignInput = z.infer<typeof pairingAssignInputSchema>;
export type ContactLogInput = z.infer<typeof contactLogInputSchema>;
export type ContactGapsInput = z.infer<typeof contactGapsInputSchema>;
export type Situation = z.infer<typeof situationSchema>;

/** One member's responsible cadre (`_id` = memberId: a member has ONE). */
export interface Pairing {
  _id: string;
  memberId: string;
  cadreOpenid: string;
  cadreName: string;
  branchId: string;
  groupId: string;
  /** When the pairing was made (ms). */
  since: number;
  lastContactAt: number | null;
  lastContactDay: string | null;
}

export type ContactRole = 'cadre' | 'secretary' | 'county' | 'inflow';

/** One contact log entry. */
export interface Contact {
  _id: string;
  memberId: string;
  /** The author. */
  cadreOpenid: string;
  authorName: string;
  byRole: ContactRole;
  /** The inflow organisation's name when an inflow organiser wrote it. */
  byOrg: string | null;
  branchId: string;
  groupId: string;
  day: string;
  month: string;
  channel: ContactChannel;
  note: string;
  situation: Situation;
  at: number;
}
