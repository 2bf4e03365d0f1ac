import { z } from 'zod';
import { atMostOneUnit, atMostOneUnitMessage, yearStatsInputSchema } from '../stats/stats.schema';
import { daySchema, idSchema, nameSchema, yearSchema, pageFields } from '../shared/fields.schema';
import { careKinds, contactPreferences, DESCRIPTION_MAX, DESCRIPTION_MIN, type CareKind, type ContactPreference } from './care.constants';
// Plain values live in care.constants.ts, which the app imports without loading zod.
export { careKinds, contactPreferences, DESCRIPTION_MAX, DESCRIPTION_MIN, type CareKind, type ContactPreference } from './care.constants';

/** A case's states; resolved and cannot_resolve are final (case.rules.ts holds the machine). */
export const caseStates = ['filed', 'accepted', 'in_progress', 'resolved', 'cannot_resolve'] as const;
export type CaseState = (typeof caseStates)[number];

/** How the member prefers to be reached about his case. */

export const NOTE_MAX = 500;

const noteSchema = z.string().trim().min(1, '请填写处理说明').max(NOTE_MAX, `说明不超过 ${NOTE_MAX} 个字`);
const openidSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '人员编号不正确');
/** The case version the caller saw: a transition or assignment on an older one is refused as stale. */
const versionSchema = z.number().int().min(1);

export const careFileInputSchema = z.strictObject({
  kind: z.enum(careKinds, { message: '请选择困难类型' }),
  description: z.string().trim().min(DESCRIPTION_MIN, `请描述困难（至少 ${DESCRIPTION_MIN} 个字）`).max(DESCRIPTION_MAX, `不超过 ${DESCRIPTION_MAX} 个字`),
  contact: z.enum(contactPreferences).optional(),
  /** An organiser filing on a member's behalf names him; a member filing for himself leaves it out. */
  memberId: idSchema.optional(),
});

export const careListInputSchema = z.strictObject({
  /** The caller's own cases (member view), even when he is also an organiser. */
  mine: z.boolean().optional(),
  state: z.enum(caseStates).optional(),
  kind: z.enum(careKinds).optional(),
  /** Only cases assigned to the caller. */
  assignedToMe: z.boolean().optional(),
  branchId: idSchema.optional(),
  groupId: idSchema.optional(),
  ...pageFields(50),
});

export const careGetInputSchema = z.strictObject({ caseId: idSchema });

export const careAssignInputSchema = z.strictObject({
  caseId: idSchema,
  assigneeOpenid: openidSchema,
  version: versionSchema,
  note: z.string().trim().max(NOTE_MAX, `说明不超过 ${NOTE_MAX} 个字`).optional(),
});

export const careTransitionInputSchema = z.strictObject({
  caseId: idSchema,
  to: z.enum(caseStates),
  note: noteSchema,
  version: versionSchema,
});

export const careStatsInputSchema = yearStatsInputSchema;

/** Money is entered in yuan with at most 2 decimals and stored in fen (integers add up exactly). */
export const amountSchema = z
  .number()
  .min(0, '金额不能为负')
  .max(1_000_000, '金额过大')
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, '金额最多两位小数');

export const visitLogInputSchema = z.strictObject({
  memberId: idSchema,
  day: daySchema,
  visitors: z.array(nameSchema).min(1, '请填写走访人').max(10, '走访人最多 10 位'),
  given: z.string().trim().min(1, '请填写慰问物品或解决的事项').max(NOTE_MAX, `不超过 ${NOTE_MAX} 个字`),
  amount: amountSchema.optional(),
});

export const visitListInputSchema = z
  .strictObject({
    memberId: idSchema.optional(),
    branchId: idSchema.optional(),
    groupId: idSchema.optional(),
    year: yearSchema.optional(),
    ...pageFields(50),
  })
  .refine(atMostOneUnit, atMostOneUnitMessage);

export type CareFileInput = z.infer<typeof careFileInputSchema>;
export type CareListInput = z.infer<typeof careListInputSchema>;
export type CareAssignInput = z.infer<typeof careAssignInputSchema>;
export type CareTransitionInput = z.infer<typeof careTransitionInputSchema>;
export type CareStatsInput = z.infer<typeof careStatsInputSchema>;
export type VisitLogInput = z.infer<typeof visitLogInputSchema>;
export type VisitListInput = z.infer<typeof visitListInputSchema>;

export interface PersonRef {
  /** Always stored; null in a view for a caller who does not manage the member (names only: care-views). */
  openid: string | null;
  name: string | null;
}

/** One step of a case's timeline: a filing, an assignment or a state change, each with its note. */
export interface CaseStep {
  at: number;
  by: PersonRef;
  action: 'file' | 'assign' | 'transition';
  /** The state after the step. */
  state: CaseState;
  note: string | null;
  /** assign: who was given the case. */
  assignee?: PersonRef;
}

export interface CareCase {
  _id: string;
  memberId: string;
  memberName: string;
  /** Where the member sat when he filed: the case counts there for its whole life. */
  branchId: string;
  groupId: string;
  /** Shanghai year of filing: the statistics year the case counts in. */
  year: number;
  kind: CareKind;
  description: string;
  contact: ContactPreference | null;
  state: CaseState;
  /** +1 on every assignment and transition: the precondition that stops two organisers acting on one view. */
  version: number;
  assignee: PersonRef | null;
  filedBy: PersonRef;
  filedAt: number;
  updatedAt: number;
  timeline: CaseStep[];
}

export interface Visit {
  _id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  groupId: string;
  day: string;
  year: number;
  visitors: string[];
  given: string;
  /** In fen; null when nothing was given in money. */
  amountFen: number | null;
  by: PersonRef;
  at: number;
}
