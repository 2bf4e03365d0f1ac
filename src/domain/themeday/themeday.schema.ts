import { z } from 'zod';
import { daySchema, idSchema, monthSchema, safeKeySchema } from '../shared/fields.schema';

/** 主题党日: each branch meets monthly on a fixed rule; the county publishes the month's 提示单. */

export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 时:分，如 19:30');

/**
 * The branch's rule. `dayOfMonth` 29..31 falls on the month's last day in shorter months (a monthly
 * meeting is never skipped). `nthWeekday`: weekday 1 = Monday … 7 = Sunday (ISO); n = -1 is the
 * last one; n = 5 in a month with only four such weekdays falls on the fourth (= the last).
 */
export const planRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dayOfMonth'), day: z.number().int().min(1, '日期应为 1-31').max(31, '日期应为 1-31') }),
  z.strictObject({
    kind: z.literal('nthWeekday'),
    n: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)], { message: '第几个应为 1-5 或 -1（最后一个）' }),
    weekday: z.number().int().min(1, '星期应为 1-7').max(7, '星期应为 1-7'),
  }),
]);
export type PlanRule = z.infer<typeof planRuleSchema>;

/** A holiday moved by hand: that month's meeting is on `day` instead (must lie in `month`). */
export const overrideSchema = z
  .strictObject({ month: monthSchema, day: daySchema })
  .refine((o) => o.day.startsWith(o.month), { message: '调整日期须在该月内', path: ['day'] });

const urlSchema = z.string().trim().max(512).regex(/^https?:\/\/\S+$/, '链接须以 http:// 或 https:// 开头');

export const planSchema = z.strictObject({
  rule: planRuleSchema,
  time: timeSchema,
  durationMinutes: z.number().int().min(15, '时长至少 15 分钟').max(480, '时长不超过 8 小时'),
  overrides: z.array(overrideSchema).max(24).optional(),
  /** Where the branch meets on site, and the online meeting its members far away join. */
  place: z.string().trim().max(64, '地点不超过 64 字').optional(),
  meetingUrl: urlSchema.optional(),
  /** 线上签到 (from the reminder, away from the meeting) is allowed unless the branch sets this false. */
  onlineSignin: z.boolean().optional(),
});
export type Plan = z.infer<typeof planSchema>;
export const studyLinkSchema = z.strictObject({ title: z.string().trim().min(1).max(100), url: urlSchema });
export type StudyLink = z.infer<typeof studyLinkSchema>;
export const agendaItemSchema = z.string().trim().min(1, '议程不能为空').max(200, '议程不超过 200 字');

/** The county's 提示单 for one month. */
export const promptSheetSchema = z.strictObject({
  theme: z.string().trim().min(1, '请输入主题').max(60, '主题不超过 60 字'),
  agenda: z.array(agendaItemSchema).min(1, '至少一项议程').max(20),
  links: z.array(studyLinkSchema).max(20).default([]),
});
export type PromptSheet = z.infer<typeof promptSheetSchema>;

/** What a branch adds to the county's sheet for its own meeting. */
export const additionsSchema = z.strictObject({
  agenda: z.array(agendaItemSchema).max(20).default([]),
  links: z.array(studyLinkSchema).max(20).default([]),
});
export type Additions = z.infer<typeof additionsSchema>;

export const themedayPlanInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rule'), branchId: idSchema, plan: planSchema }),
  z.strictObject({ kind: z.literal('sheet'), month: monthSchema, sheet: promptSheetSchema }),
  z.strictObject({ kind: z.literal('additions'), branchId: idSchema, month: monthSchema, additions: additionsSchema }),
]);
export type ThemedayPlanInput = z.infer<typeof themedayPlanInputSchema>;

export const themedayCurrentInputSchema = z.strictObject({});

/** What the organiser's forms start from: a branch's saved rule and additions, the county's sheets. */
export const themedaySetupInputSchema = z.strictObject({ branchId: idSchema.optional() });

/** Template ids as WeChat issues them (letters, digits, - and _). */
export const templateIdSchema = safeKeySchema;

/** The answer of wx.requestSubscribeMessage: each template's outcome; only 'accept' adds a send. */
export const themedaySubscribeInputSchema = z.strictObject({
  results: z.record(templateIdSchema, z.enum(['accept', 'reject', 'ban', 'filter'])).refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 5, {
    message: '一次订阅 1-5 个模板',
  }),
});
export type ThemedaySubscribeInput = z.infer<typeof themedaySubscribeInputSchema>;

/** Online (from the reminder's page, the member's own branch) or on site with the scanned code. */
export const themedaySigninInputSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('online'), occurrenceId: idSchema }),
  z.strictObject({ mode: z.literal('onsite'), code: z.string().min(1).max(64) }),
]);
export type ThemedaySigninInput = z.infer<typeof themedaySigninInputSchema>;

/** Per occurrence (`occurrenceId`, optional absentees of its branch) or per month (rates per branch). */
export const themedayAttendanceInputSchema = z.union([
  z.strictObject({ occurrenceId: idSchema, absentees: z.boolean().optional(), cursor: z.string().max(128).optional(), limit: z.number().int().min(1).max(200).optional() }),
  z.strictObject({ month: monthSchema }),
]);
export type ThemedayAttendanceInput = z.infer<typeof themedayAttendanceInputSchema>;

export const reminderStageSchema = z.enum(['before', 'dayOf']);

/** The secretary's view of an occurrence's reminder fan-out: progress, counts, and who was not reached. */
export const themedayDeliveryInputSchema = z.strictObject({
  occurrenceId: idSchema,
  stage: reminderStageSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
export type ThemedayDeliveryInput = z.infer<typeof themedayDeliveryInputSchema>;
