import { z } from 'zod';
import { idSchema, monthSchema, yearSchema } from '../shared/fields.schema';

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

/** A query names at most one unit: a branch or a village group (neither: the county). */
export const atMostOneUnit = (v: DashboardUnit) => !(v.branchId && v.groupId);
export const atMostOneUnitMessage = { message: '支部与党小组只能指定一个', path: ['groupId'] };

/** This year's figures of one unit: the dashboard's year cards (care, activities, mediation). */
export const yearStatsInputSchema = z
  .strictObject({ year: yearSchema, branchId: idSchema.optional(), groupId: idSchema.optional() })
  .refine(atMostOneUnit, atMostOneUnitMessage);

/**
 * stats.reconcile: recompute the counters of what was written in the last `hours` hours (default
 * 24, at most 31 days); or, with `rebuild`, the member counters of every unit from all its members
 * (the upgrade step in docs/deploy.md).
 */
export const reconcileInputSchema = z.strictObject({
  hours: z.number({ error: '时间范围须为数字' }).int('时间范围须为整数小时').min(1, '时间范围至少 1 小时').max(744, '时间范围最多 744 小时').optional(),
  rebuild: z.literal(true, { error: '全部重建只能选择“是”' }).optional(),
});

export type ReconcileInput = z.infer<typeof reconcileInputSchema>;
