import { z } from 'zod';
import { cursorSchema, idSchema, nameSchema, phoneSchema, shortTextSchema } from '../shared/fields.schema';

/** The roles handed out on the 角色管理 page and by invitation (inflow is granted on its agreement's page). */
export const grantableRoles = ['sysadmin', 'county', 'secretary', 'cadre', 'inflow'] as const;
export type GrantableRole = (typeof grantableRoles)[number];

/** What an organiser who is not a member tells about himself when he accepts a role (姓名、手机号、单位/职务). */
export const organiserProfileSchema = z.strictObject({
  name: nameSchema,
  phone: phoneSchema,
  title: shortTextSchema.optional(),
});

/** A role and its unit, as an invitation carries it. */
export const roleInviteInputSchema = z
  .strictObject({
    role: z.enum(grantableRoles),
    branchId: idSchema.optional(),
    groupId: idSchema.optional(),
    agreementId: idSchema.optional(),
  })
  .refine((v) => v.role !== 'secretary' || Boolean(v.branchId), { message: '支部书记须指定支部', path: ['branchId'] })
  .refine((v) => v.role !== 'cadre' || Boolean(v.groupId), { message: '村干部须指定网上党小组', path: ['groupId'] })
  .refine((v) => v.role !== 'inflow' || Boolean(v.agreementId), { message: '流入地党组织须指定共管协议', path: ['agreementId'] });

/** An invitation token: "r1.<id>.<signature>" (invitation.rules.ts). */
export const invitationTokenSchema = z.string().min(1).max(80);

export const invitationPreviewInputSchema = z.strictObject({ token: invitationTokenSchema });
export const invitationAcceptInputSchema = z.strictObject({ token: invitationTokenSchema, profile: organiserProfileSchema.optional() });
export const invitationCancelInputSchema = z.strictObject({ invitationId: idSchema });

/** The unit whose roles a 角色管理 page shows: the county (县委组织部, 系统管理员), a branch or a village group. */
export const roleListInputSchema = z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('county') }),
  z.strictObject({ unit: z.literal('branch'), branchId: idSchema }),
  z.strictObject({ unit: z.literal('group'), groupId: idSchema }),
]);

/** 书记交接: the branch's secretary grants end and the member picked becomes its secretary. */
export const secretaryHandoverInputSchema = z.strictObject({ branchId: idSchema, memberId: idSchema });

export const roleAuditInputSchema = z.strictObject({ cursor: cursorSchema, limit: z.number().int().min(1).max(100).optional() });

export const organiserProfileInputSchema = organiserProfileSchema;

export type OrganiserProfile = z.infer<typeof organiserProfileSchema>;
export type RoleInviteInput = z.infer<typeof roleInviteInputSchema>;
export type RoleListInput = z.infer<typeof roleListInputSchema>;

/** What each audit entry records: who did what to whom, with the names as they were then. */
export type AuditKind = 'grant' | 'revoke' | 'invite' | 'accept' | 'cancel' | 'handover';

export interface RoleAuditEntry {
  _id: string;
  at: number;
  kind: AuditKind;
  actorOpenid: string;
  actorName: string | null;
  targetOpenid: string | null;
  targetName: string | null;
  role: GrantableRole;
  /** The unit's id (branch, group or agreement), null for county-wide roles. */
  unitId: string | null;
  /** The invitation this entry is about (invite, accept, cancel). */
  invitationId?: string;
}

/** When and by whom a user got one grant (the users document keeps only the grants). */
export interface RoleHolding {
  _id: string;
  openid: string;
  role: GrantableRole;
  unitId: string | null;
  since: number;
  grantedBy: string;
  grantedByName: string | null;
  via: 'pick' | 'invitation' | 'handover' | 'bootstrap';
}

export interface RoleInvitation {
  _id: string;
  role: GrantableRole;
  unitId: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: number;
  expiresAt: number;
  usedBy: string | null;
  usedAt: number | null;
  cancelledAt: number | null;
}
