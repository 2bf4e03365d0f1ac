import { z } from 'zod';
import { idSchema, nameSchema, pageFields } from '../shared/fields.schema';
import { needsBringer, projectKinds, projectStages, type ProjectKind, type ProjectStage } from './project.constants';
// Plain values live in project.constants.ts, which the app imports without loading zod.
export { broughtByMemberKinds, needsBringer, projectKinds, projectStages, type ProjectKind, type ProjectStage } from './project.constants';

/** 万元, two decimals at most (the counters add them up; see pipeline.rules roundWan). */
const amountSchema = z
  .number({ message: '请输入金额' })
  .min(0, '金额不能为负')
  .max(10_000_000, '金额过大')
  .refine((v) => Math.round(v * 100) === Math.round(v * 100 * 1e6) / 1e6, '金额最多两位小数');
const jobsSchema = z.number({ message: '请输入岗位数' }).int('岗位数须为整数').min(0, '岗位数不能为负').max(1_000_000, '岗位数过大');

const projectFields = {
  name: z.string().trim().min(1, '请输入项目名称').max(60, '项目名称不超过 60 个字'),
  kind: z.enum(projectKinds, { message: '请选择类型' }),
  industry: nameSchema,
  /** The village/township where it lands, as people name it (e.g. 汤山镇龙井村). */
  location: z.string().trim().min(1, '请输入落地乡镇/村').max(64, '不超过 64 个字'),
  /** The village group it is for, when it is one village's. */
  groupId: idSchema.nullable().optional(),
  /** The member who brings it home (optional). */
  memberId: idSchema.nullable().optional(),
  amount: amountSchema,
  jobs: jobsSchema,
  note: z.string().trim().max(500, '备注不超过 500 个字').optional(),
};

export const projectCreateInputSchema = z
  .strictObject({
    ...projectFields,
    /** The branch that follows it up; omitted = the county itself (county-wide roles only). */
    branchId: idSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (needsBringer(v.kind) && !v.memberId) ctx.addIssue({ code: 'custom', path: ['memberId'], message: `${v.kind}须选择带来它的党员` });
  });

/** Edits and/or a stage move; `note` of a move goes to the project's history. */
export const projectUpdateInputSchema = z.strictObject({
  projectId: idSchema,
  stage: z.enum(projectStages).optional(),
  name: projectFields.name.optional(),
  kind: projectFields.kind.optional(),
  industry: projectFields.industry.optional(),
  location: projectFields.location.optional(),
  amount: amountSchema.optional(),
  jobs: jobsSchema.optional(),
  note: projectFields.note,
});

export const projectListInputSchema = z.strictObject({
  stage: z.enum(projectStages).optional(),
  kind: z.enum(projectKinds).optional(),
  /** County-wide callers: one branch's projects (a secretary's list is always his branches'). */
  branchId: idSchema.optional(),
  ...pageFields(50),
});

export type ProjectCreateInput = z.infer<typeof projectCreateInputSchema>;
export type ProjectUpdateInput = z.infer<typeof projectUpdateInputSchema>;
export type ProjectListInput = z.infer<typeof projectListInputSchema>;

export interface ProjectMove {
  from: ProjectStage | null;
  to: ProjectStage;
  at: number;
  byName: string;
  note: string | null;
}

export interface Project {
  _id: string;
  name: string;
  kind: ProjectKind;
  industry: string;
  location: string;
  groupId: string | null;
  memberId: string | null;
  memberName: string | null;
  branchId: string | null;
  amount: number;
  jobs: number;
  note: string | null;
  stage: ProjectStage;
  history: ProjectMove[];
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}
