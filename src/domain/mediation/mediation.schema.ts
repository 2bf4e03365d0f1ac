import { z } from 'zod';
import { yearStatsInputSchema } from '../stats/stats.schema';
import { idSchema, nameSchema, phoneSchema, pageFields } from '../shared/fields.schema';
import { mediationKinds, mediationOutcomes, type MediationKind, type MediationOutcome } from './mediation.constants';

/**
 * 乡音工作室 / 驻外维权工作站: disputes the county's stations mediate for members and for the
 * non-party 老乡 a member brings. Separate from care cases (关怀帮扶), which are for members' families.
 */
// Plain values live in mediation.constants.ts, which the app imports without loading zod.
export { mediationKinds, mediationOutcomes, outcomeLabels, STEPS_MAX, type MediationKind, type MediationOutcome } from './mediation.constants';
const noteSchema = z.string().trim().min(2, '请填写经过').max(500, '经过不超过 500 个字');
const handlerSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '请选择承办人');

/** Who the case is for: a member, or a 老乡 (no WeChat account) brought by a member, with his consent. */
export const partySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: idSchema }),
  z.strictObject({
    kind: z.literal('villager'),
    name: nameSchema,
    phone: phoneSchema,
    /** He agreed that his name and phone are kept for the case (asked in person; recorded with who asked). */
    consent: z.literal(true, { message: '请先征得当事人同意记录姓名和电话' }),
    /** The member who brought him: the case sits in that member's branch and village. */
    broughtBy: idSchema,
  }),
]);

export const mediationOpenInputSchema = z.strictObject({
  party: partySchema,
  kind: z.enum(mediationKinds, { message: '请选择纠纷类型' }),
  description: z.string().trim().min(5, '请描述纠纷（至少 5 个字）').max(1000, '不超过 1000 个字'),
  /** Picked from mediation.handlers: an organiser who covers the member. */
  handlerOpenid: handlerSchema,
});

export const mediationHandlersInputSchema = z.strictObject({ memberId: idSchema });

export const mediationStepInputSchema = z.strictObject({
  caseId: idSchema,
  note: noteSchema,
  /** Closes the case with its outcome. */
  outcome: z.enum(mediationOutcomes).optional(),
});

export const mediationListInputSchema = z.strictObject({
  open: z.boolean().optional(),
  kind: z.enum(mediationKinds).optional(),
  branchId: idSchema.optional(),
  ...pageFields(50),
});

export const mediationGetInputSchema = z.strictObject({ caseId: idSchema });

/** The member's own cases (his, and the 老乡 he brought): no ids, he can aim it at nobody else. */
export const mediationMineInputSchema = z.strictObject({});

export const mediationStatsInputSchema = yearStatsInputSchema;

export type MediationOpenInput = z.infer<typeof mediationOpenInputSchema>;
export type MediationStepInput = z.infer<typeof mediationStepInputSchema>;
export type MediationListInput = z.infer<typeof mediationListInputSchema>;
export type MediationStatsInput = z.infer<typeof mediationStatsInputSchema>;

export interface MediationPerson {
  openid: string;
  name: string | null;
}

export interface MediationStep {
  at: number;
  by: MediationPerson;
  note: string;
  /** Set on the closing step. */
  outcome?: MediationOutcome;
}

export interface MediationCase {
  _id: string;
  kind: MediationKind;
  /** The member the case is for, or who brought the 老乡. */
  memberId: string;
  memberName: string;
  /** The 老乡 himself (null: the case is the member's own). */
  villager: { name: string; phone: string; consentAt: number; consentBy: MediationPerson } | null;
  branchId: string;
  groupId: string;
  /** Shanghai year of opening: the statistics year it counts in. */
  year: number;
  description: string;
  handler: MediationPerson;
  state: 'open' | 'closed';
  outcome: MediationOutcome | null;
  steps: MediationStep[];
  openedBy: MediationPerson;
  openedAt: number;
  updatedAt: number;
}
