import { z } from 'zod';
import { daySchema, idSchema, nameSchema, phoneSchema, shortTextSchema, pageFields } from '../shared/fields.schema';
import type { MobilityEnd } from '../mobility/mobility.schema';
import { contactStatuses, genders } from './member.constants';
// Plain values live in member.constants.ts, which the app imports without loading zod.
export { commonTags, contactStatuses, genders, selfEditableFields, type ContactStatus } from './member.constants';

const tagSchema = z.string().trim().min(1).max(16);
const activityCardNoSchema = z.string().trim().regex(/^[A-Za-z0-9-]{4,32}$/, '活动证编号为 4-32 位字母数字');

/** What a member fills in himself: 一人一档 personal part. */
export const selfProfileSchema = z.strictObject({
  name: nameSchema,
  gender: z.enum(genders),
  phone: phoneSchema,
  birthDate: daySchema.optional(),
  partyJoinDate: daySchema.optional(),
  originalOrg: shortTextSchema.optional(),
  city: nameSchema,
  employer: shortTextSchema.optional(),
  industry: shortTextSchema.optional(),
  outflowDate: daySchema.optional(),
  activityCardNo: activityCardNoSchema.optional(),
  activityCardExpiry: daySchema.optional(),
  /** Where study materials are posted to him (学习资料寄送); shown and masked as his phone is. */
  mailingAddress: z.string().trim().min(5, '邮寄地址至少 5 个字').max(120, '邮寄地址不超过 120 个字').optional(),
});

/** Fields only organisers change: contact status, tags and placement. */
export const organizerFieldsSchema = z.strictObject({
  status: z.enum(contactStatuses),
  lostContactAt: daySchema.nullable(),
  tags: z.array(tagSchema).max(20),
  branchId: idSchema,
  groupId: idSchema,
});

export const joinInputSchema = selfProfileSchema.extend({
  scene: z.string().min(1).max(32),
  groupId: idSchema,
});

export const joinPreviewInputSchema = z.strictObject({ scene: z.string().min(1).max(32) });

/** Placement (branch, village group) is not edited: a member moves only by a transfer (转接, src/domain/transfer). */
export const editableOrganizerFieldsSchema = organizerFieldsSchema.omit({ branchId: true, groupId: true });

export const memberUpdateInputSchema = z.strictObject({
  memberId: idSchema.optional(),
  changes: selfProfileSchema.partial().extend(editableOrganizerFieldsSchema.partial().shape).refine((c) => Object.keys(c).length > 0, {
    message: '没有要修改的内容',
  }),
});

export const memberGetInputSchema = z.strictObject({ memberId: idSchema });

export const memberListInputSchema = z.strictObject({
  branchId: idSchema.optional(),
  groupId: idSchema.optional(),
  city: shortTextSchema.optional(),
  status: z.enum(contactStatuses).optional(),
  tag: tagSchema.optional(),
  /** Members covered by one co-management agreement (the inflow side's list, or the county's view of it). */
  agreementId: idSchema.optional(),
  q: z.string().trim().max(32).optional(),
  ...pageFields(100),
});

export type SelfProfile = z.infer<typeof selfProfileSchema>;
export type OrganizerFields = z.infer<typeof organizerFieldsSchema>;
export type JoinInput = z.infer<typeof joinInputSchema>;
export type MemberUpdateInput = z.infer<typeof memberUpdateInputSchema>;
export type MemberListInput = z.infer<typeof memberListInputSchema>;
export type MemberChanges = MemberUpdateInput['changes'];

export const organizerOnlyFields = Object.keys(organizerFieldsSchema.shape) as (keyof OrganizerFields)[];

/** The stored 一人一档 record. */
export interface Member extends SelfProfile, OrganizerFields {
  _id: string;
  openid: string;
  joinedAt: number;
  updatedAt: number;
  /** Co-management agreements covering him (双向共管), kept by the agreement actions in their transactions. */
  agreementIds?: string[];
  /** His mobile status ended (返乡, 回村任职…): the record is kept read-only and counted apart until reopened. */
  ended?: boolean;
  mobility?: MobilityEnd | null;
  /** His transfer (转接) waiting for a decision: at most one at a time. */
  pendingTransferId?: string | null;
  /** Created by the county's ledger import (import.run), not by the member joining. */
  imported?: { jobId: string; at: number; byOpenid: string };
  /**
   * An imported record nobody has claimed yet: its `openid` is a placeholder (`import:<_id>`,
   * never a WeChat openid) until the member scans his branch's code and confirms it (member.claim).
   */
  unclaimed?: boolean;
}

/** One entry of a member's change history. */
export interface MemberChange {
  _id: string;
  memberId: string;
  at: number;
  byOpenid: string;
  byName: string;
  /** Set when an inflow organiser made the change: his organisation's name (the shared history shows it). */
  byOrg?: string;
  /** What the change was, when more than field edits (a transfer, the end of his mobile status). */
  note?: string;
  changes: { field: string; from: unknown; to: unknown }[];
}
