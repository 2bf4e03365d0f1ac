import { z } from 'zod';
import { idSchema, nameSchema, shortTextSchema } from '../shared/fields.schema';

/**
 * What an agreement may share with the inflow side: the member's current city (现居住地), employer,
 * industry, his phone in full, and contact logs (which also record his participation in the
 * inflow side's activities, as 见面/活动 entries).
 */
export const agreedFields = ['city', 'employer', 'industry', 'phone', 'contacts'] as const;
export type AgreedField = (typeof agreedFields)[number];
export const agreedFieldLabels: Record<AgreedField, string> = {
  city: '现居住城市',
  employer: '工作单位',
  industry: '从事行业',
  phone: '联系电话',
  contacts: '联系记录与活动参与',
};

export const agreementKinds = ['党建联盟', '县际协作', '市际协作', '其他'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

const fieldsSchema = z.array(z.enum(agreedFields)).min(1, '至少约定一项').max(agreedFields.length, '约定事项重复').refine((f) => new Set(f).size === f.length, '约定事项重复');
/** Members added or removed per call: written in one transaction with the agreement. */
const memberIdsSchema = z.array(idSchema).max(100, '一次最多 100 名党员').refine((ids) => new Set(ids).size === ids.length, '党员重复');

export const agreementCreateInputSchema = z.strictObject({
  name: nameSchema,
  region: nameSchema,
  kind: z.enum(agreementKinds),
  fields: fieldsSchema,
  memberIds: memberIdsSchema.optional(),
  note: shortTextSchema.optional(),
});

export const agreementUpdateInputSchema = z
  .strictObject({
    agreementId: idSchema,
    name: nameSchema.optional(),
    region: nameSchema.optional(),
    kind: z.enum(agreementKinds).optional(),
    fields: fieldsSchema.optional(),
    note: shortTextSchema.optional(),
    active: z.boolean().optional(),
    addMemberIds: memberIdsSchema.optional(),
    removeMemberIds: memberIdsSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 1, { message: '没有要修改的内容', path: ['agreementId'] })
  .refine((v) => !(v.addMemberIds ?? []).some((id) => (v.removeMemberIds ?? []).includes(id)), { message: '同一党员不能同时加入和移出', path: ['removeMemberIds'] });

export const agreementListInputSchema = z.strictObject({ agreementId: idSchema.optional() }).optional();

export type AgreementCreateInput = z.infer<typeof agreementCreateInputSchema>;
export type AgreementUpdateInput = z.infer<typeof agreementUpdateInputSchema>;

/** A co-management agreement (双向共管) between the county and one inflow organisation. */
export interface Agreement {
  _id: string;
  /** The inflow organisation, e.g. 杭州市西湖区流动党员党建联盟. */
  name: string;
  region: string;
  kind: AgreementKind;
  fields: AgreedField[];
  memberIds: string[];
  note: string | null;
  /** An ended agreement keeps its record and coverage but grants the inflow side nothing. */
  active: boolean;
  createdAt: number;
  updatedAt: number;
  createdBy: string;
}

/** Upper bound on the members one agreement covers (they are kept in the agreement's document). */
export const MAX_COVERED = 1000;
