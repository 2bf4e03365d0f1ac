import { z } from 'zod';
import { idSchema, nameSchema, phoneSchema, shortTextSchema } from '../shared/fields.schema';
import { branchKinds } from './org.schema';

/**
 * Editing a unit: only the fields sent change. `parentId: null` takes a branch out from under its
 * committee; `secretaryPhone: null` clears the phone.
 */
export const updateBranchInputSchema = z.strictObject({
  branchId: idSchema,
  changes: z
    .strictObject({
      kind: z.enum(branchKinds).optional(),
      name: nameSchema.optional(),
      city: nameSchema.optional(),
      parentId: idSchema.nullable().optional(),
      secretaryName: nameSchema.optional(),
      secretaryPhone: phoneSchema.nullable().optional(),
    })
    .refine((c) => Object.values(c).some((v) => v !== undefined), { message: '没有要修改的内容' }),
});

/** `archived: false` restores an archived unit. */
export const archiveBranchInputSchema = z.strictObject({ branchId: idSchema, archived: z.boolean() });

export const updateGroupInputSchema = z.strictObject({
  groupId: idSchema,
  changes: z
    .strictObject({ township: nameSchema.optional(), village: nameSchema.optional(), name: shortTextSchema.min(1, '不能为空').optional() })
    .refine((c) => Object.values(c).some((v) => v !== undefined), { message: '没有要修改的内容' }),
});

export const archiveGroupInputSchema = z.strictObject({ groupId: idSchema, archived: z.boolean() });

export type UpdateBranchInput = z.infer<typeof updateBranchInputSchema>;
export type ArchiveBranchInput = z.infer<typeof archiveBranchInputSchema>;
export type UpdateGroupInput = z.infer<typeof updateGroupInputSchema>;
export type ArchiveGroupInput = z.infer<typeof archiveGroupInputSchema>;
