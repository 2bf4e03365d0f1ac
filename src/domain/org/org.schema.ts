import { z } from 'zod';
import { idSchema, nameSchema, openidSchema, phoneSchema, shortTextSchema } from '../shared/fields.schema';

/**
 * 流动党委 (committee) may contain 流动党总支 (general branch), 流动党支部 and 云支部; a 流动党总支 may
 * contain branches (src/domain/org/hierarchy.rules.ts). A unit of any kind takes members.
 */
export const branchKinds = ['流动党委', '流动党总支', '流动党支部', '云支部'] as const;
export type BranchKind = (typeof branchKinds)[number];

export const bootstrapInputSchema = z.strictObject({
  countyName: nameSchema,
  adminName: nameSchema,
});

export const createBranchInputSchema = z.strictObject({
  kind: z.enum(branchKinds),
  name: nameSchema,
  city: nameSchema,
  parentId: idSchema.optional(),
  secretaryName: nameSchema,
  secretaryPhone: phoneSchema.optional(),
});

export const createGroupInputSchema = z.strictObject({
  township: nameSchema,
  village: nameSchema,
  name: shortTextSchema.optional(),
});

export const roles = ['member', 'cadre', 'secretary', 'county', 'sysadmin', 'inflow'] as const;
export type Role = (typeof roles)[number];

/** A scoped role: secretary needs a branch, cadre a village group; county/sysadmin are county-wide. */
export const grantRoleInputSchema = z
  .strictObject({
    openid: openidSchema.optional(),
    memberId: idSchema.optional(),
    role: z.enum(roles),
    branchId: idSchema.optional(),
    groupId: idSchema.optional(),
    /** inflow (流入地党组织): the co-management agreement the organiser works under. */
    agreementId: idSchema.optional(),
    revoke: z.boolean().optional(),
  })
  .refine((v) => Boolean(v.openid) !== Boolean(v.memberId), { message: '需且只需指定 openid 或 memberId 之一', path: ['memberId'] })
  .refine((v) => v.role !== 'secretary' || Boolean(v.branchId), { message: '支部书记须指定支部', path: ['branchId'] })
  .refine((v) => v.role !== 'cadre' || Boolean(v.groupId), { message: '村干部须指定网上党小组', path: ['groupId'] })
  .refine((v) => v.role !== 'inflow' || Boolean(v.agreementId), { message: '流入地党组织须指定共管协议（在「双向共管」中授予）', path: ['agreementId'] });

export const qrcodeInputSchema = z.strictObject({ branchId: idSchema });
export const treeInputSchema = z.strictObject({}).optional();

export type BootstrapInput = z.infer<typeof bootstrapInputSchema>;
export type CreateBranchInput = z.infer<typeof createBranchInputSchema>;
export type CreateGroupInput = z.infer<typeof createGroupInputSchema>;
export type GrantRoleInput = z.infer<typeof grantRoleInputSchema>;

export interface Branch {
  _id: string;
  code: string;
  kind: BranchKind;
  name: string;
  city: string;
  parentId: string | null;
  secretaryName: string;
  secretaryPhone: string | null;
  createdAt: number;
  /** The join code's version (rotations), whether it is revoked, whether joins wait for approval (join-approval.schema). */
  joinVersion?: number;
  joinRevoked?: boolean;
  joinApproval?: boolean;
  /** Set when the county archives the unit (it keeps its history; nobody joins it any more). */
  archivedAt?: number | null;
  updatedAt?: number;
}

export interface Group {
  _id: string;
  township: string;
  village: string;
  name: string;
  createdAt: number;
  archivedAt?: number | null;
  updatedAt?: number;
}

export const isArchived = (unit: { archivedAt?: number | null }): boolean => typeof unit.archivedAt === 'number';
