import { z } from 'zod';
import { daySchema, idSchema, nameSchema, pageFields } from '../shared/fields.schema';

/** Who a job push reaches: the whole county, members of some branches, or members working in some cities. */
export const jobAudienceSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('county') }),
  z.strictObject({ scope: z.literal('branches'), branchIds: z.array(idSchema).min(1, '请至少选择一个支部').max(100) }),
  z.strictObject({ scope: z.literal('cities'), cities: z.array(nameSchema).min(1, '请至少填写一个城市').max(50) }),
]);
export type JobAudience = z.infer<typeof jobAudienceSchema>;

export const jobsPublishInputSchema = z.strictObject({
  title: z.string().trim().min(1, '请输入岗位名称').max(40, '岗位名称不超过 40 个字'),
  employer: z.string().trim().min(1, '请输入用工单位').max(60, '不超过 60 个字'),
  city: nameSchema,
  pay: z.string().trim().min(1, '请输入薪资待遇').max(40, '不超过 40 个字'),
  contact: z.string().trim().min(1, '请输入联系方式').max(64, '不超过 64 个字'),
  detail: z.string().trim().max(1000, '说明不超过 1000 个字').optional(),
  /** Last Shanghai day the push is shown to members. */
  validUntil: daySchema,
  audience: jobAudienceSchema,
});

/** A job push edited: the whole push again, as publishing sends it. */
export const jobsUpdateInputSchema = jobsPublishInputSchema.extend({ jobId: idSchema });
export const jobsWithdrawInputSchema = z.strictObject({ jobId: idSchema });

export const jobsListInputSchema = z.strictObject({
  /** Organiser view: what he published or what reaches his branches, expired ones included. */
  manage: z.boolean().optional(),
  ...pageFields(50),
});

export type JobsPublishInput = z.infer<typeof jobsPublishInputSchema>;
export type JobsUpdateInput = z.infer<typeof jobsUpdateInputSchema>;
export type JobsListInput = z.infer<typeof jobsListInputSchema>;

export interface Job {
  _id: string;
  title: string;
  employer: string;
  city: string;
  pay: string;
  contact: string;
  detail: string | null;
  validUntil: string;
  audience: JobAudience;
  publisherOpenid: string;
  publisherName: string;
  createdAt: number;
  /** Set when withdrawn: members no longer see it, and it is no longer edited. */
  withdrawnAt?: number;
  updatedAt?: number;
}
