import { z } from 'zod';
import { idSchema, monthSchema } from '../shared/fields.schema';

/** The organiser dashboard: the county (no id), one branch or one village group; a Shanghai month (default: this one). */
export const dashboardInputSchema = z
  .strictObject({
    branchId: idSchema.optional(),
    groupId: idSchema.optional(),
    month: monthSchema.optional(),
  })
  .refine((v) => !(v.branchId && v.groupId), { message: '支部与网上党小组只能指定一个', path: ['groupId'] });

export type DashboardInput = z.infer<typeof dashboardInputSchema>;

/** The unit a dashboard shows: the whole county (neither id), one branch, or one village group. */
export type DashboardUnit = Pick<DashboardInput, 'branchId' | 'groupId'>;
