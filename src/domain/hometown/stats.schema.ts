import { z } from 'zod';
import { idSchema } from '../shared/fields.schema';

/** The dashboard unit: the county (neither), one branch, or one village group. */
export const hometownStatsInputSchema = z
  .strictObject({ branchId: idSchema.optional(), groupId: idSchema.optional() })
  .refine((v) => !(v.branchId && v.groupId), { message: '支部与网上党小组只能选一个', path: ['groupId'] });
export type HometownStatsInput = z.infer<typeof hometownStatsInputSchema>;
