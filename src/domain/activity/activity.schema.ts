import { z } from 'zod';
import { yearStatsInputSchema } from '../stats/stats.schema';
import { daySchema, idSchema, yearSchema } from '../shared/fields.schema';
import { fileRefSchema } from '../study/study.schema';
import { timeSchema } from '../themeday/themeday.schema';
import { activityKindList, type ActivityKind } from './activity-kinds';
import { ACTIVITY_PHOTOS_MAX, BRANCHES_MAX, CANCEL_REASON_MAX, CAPACITY_MAX, DURATION_MAX_MINUTES, HOURS_ENTRIES_MAX, SUMMARY_MAX } from './activity.constants';
// Plain values live in activity.constants.ts, which the app imports without loading zod.
export { ACTIVITY_PHOTOS_MAX, BRANCHES_MAX, CANCEL_REASON_MAX, CAPACITY_MAX, DURATION_MAX_MINUTES, HOURS_ENTRIES_MAX, SUMMARY_MAX } from './activity.constants';

/** 活动: one model for every kind (activity-kinds.ts), for some branches, with enrolment and sign-in. */


const urlSchema = z.string().trim().max(512, '链接不超过 512 字').regex(/^https?:\/\/\S+$/, '请填写完整的网址链接');

const titleSchema = z.string().trim().min(1, '请输入活动名称').max(40, '活动名称不超过 40 字');
const durationSchema = z.number().int('时长须为整数分钟').min(15, '时长至少 15 分钟').max(DURATION_MAX_MINUTES, '时长不超过 7 天');
const placeSchema = z.string().trim().max(64, '地点不超过 64 字').optional();
const capacitySchema = z.number().int('人数上限须为整数').min(1, '人数上限至少 1 人').max(CAPACITY_MAX, `人数上限不超过 ${CAPACITY_MAX} 人`).optional();

/** When and where: what both creating and editing hold (a place, an online link or both). */
const scheduleShape = {
  title: titleSchema,
  day: daySchema,
  time: timeSchema,
  durationMinutes: durationSchema,
  place: placeSchema,
  onlineUrl: urlSchema.optional(),
};
const hasPlaceOrLink = (v: { place?: string; onlineUrl?: string }) => !!(v.place || v.onlineUrl);
const placeOrLinkMessage = { message: '请填写地点或线上链接', path: ['place'] };

export const activityCreateInputSchema = z
  .strictObject({
    kind: z.enum(activityKindList, { message: '请选择活动类型' }),
    ...scheduleShape,
    /** Absent: no limit. */
    capacity: capacitySchema,
    /** Members enrol before it (and only the enrolled sign in); otherwise every member of its branches may sign in. */
    enrolment: z.boolean(),
    /** 共建单位 / 社区: the organisation or community it is held with. */
    partner: z.string().trim().max(40, '共建单位不超过 40 字').optional(),
    /** Online sign-in (away from the place) counts; otherwise only the rotating on-site code. */
    onlineSignin: z.boolean(),
    branchIds: z.array(idSchema).min(1, '请选择至少一个支部').max(BRANCHES_MAX, `一次最多 ${BRANCHES_MAX} 个支部`).refine((ids) => new Set(ids).size === ids.length, '支部不能重复'),
  })
  .refine(hasPlaceOrLink, placeOrLinkMessage)
  .refine((v) => !v.capacity || v.enrolment, { message: '设置人数上限须开启报名', path: ['capacity'] });
export type ActivityCreateInput = z.infer<typeof activityCreateInputSchema>;

/**
 * 修改活动 before it starts: the facts members plan around (title, time, length, place or link,
 * capacity). Kind, branches, enrolment and online sign-in stay: they decide who counts where.
 * The whole editable set is sent (the form holds it), so an absent capacity means no limit.
 */
export const activityEditInputSchema = z
  .strictObject({
    activityId: idSchema,
    ...scheduleShape,
    capacity: capacitySchema,
  })
  .refine(hasPlaceOrLink, placeOrLinkMessage);
export type ActivityEditInput = z.infer<typeof activityEditInputSchema>;

/** 取消活动, with the reason its enrolled members are told. */
export const activityCancelInputSchema = z.strictObject({
  activityId: idSchema,
  reason: z.string().trim().min(1, '请输入取消原因').max(CANCEL_REASON_MAX, `取消原因不超过 ${CANCEL_REASON_MAX} 字`),
});
export type ActivityCancelInput = z.infer<typeof activityCancelInputSchema>;

/** `mine`: the activities of the caller's branch; `manage`: those of the branches he runs (optionally one). */
export const activityListInputSchema = z.strictObject({
  view: z.enum(['mine', 'manage']),
  branchId: idSchema.optional(),
  cursor: z.string().max(128).optional(),
  limit: z.number().int().min(1).max(50).optional(),
});
export type ActivityListInput = z.infer<typeof activityListInputSchema>;

export const activityIdInputSchema = z.strictObject({ activityId: idSchema });
export type ActivityIdInput = z.infer<typeof activityIdInputSchema>;

/** Online (the activity allows it) or on site with the code scanned from the organiser's screen. */
export const activitySigninInputSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('online'), activityId: idSchema }),
  z.strictObject({ mode: z.literal('onsite'), code: z.string().min(1).max(96) }),
]);
export type ActivitySigninInput = z.infer<typeof activitySigninInputSchema>;

export const activitySummaryInputSchema = z.strictObject({
  activityId: idSchema,
  summary: z.string().trim().min(1, '请输入活动总结').max(SUMMARY_MAX, `活动总结不超过 ${SUMMARY_MAX} 字`),
  photos: z.array(fileRefSchema).max(ACTIVITY_PHOTOS_MAX, `最多 ${ACTIVITY_PHOTOS_MAX} 张照片`).optional(),
});
export type ActivitySummaryInput = z.infer<typeof activitySummaryInputSchema>;

/** Volunteer hours per member (志愿服务 only); hours.rules.ts holds what a value may be. */
export const activityHoursInputSchema = z.strictObject({
  activityId: idSchema,
  entries: z
    .array(z.strictObject({ memberId: idSchema, hours: z.number({ error: '时长须为数字' }) }))
    .min(1, '请填写至少一人的时长')
    .max(HOURS_ENTRIES_MAX, `一次最多 ${HOURS_ENTRIES_MAX} 人`)
    .refine((es) => new Set(es.map((e) => e.memberId)).size === es.length, '同一党员只能填写一次'),
});
export type ActivityHoursInput = z.infer<typeof activityHoursInputSchema>;

/** Counts of one year for the county (no id), a branch or a village group. */
export const activityStatsInputSchema = yearStatsInputSchema;
export type ActivityStatsInput = z.infer<typeof activityStatsInputSchema>;

/** One member's activities of a year (一人一档): his own without `memberId`. */
export const activityRecordInputSchema = z.strictObject({ year: yearSchema, memberId: idSchema.optional() });
export type ActivityRecordInput = z.infer<typeof activityRecordInputSchema>;

/** activities/<id>: the activity and its counters (moved by increments, recomputable from the records). */
export interface Activity {
  _id: string;
  kind: ActivityKind;
  title: string;
  /** Instants (ms); `year` is the Shanghai year of the start, the year it counts in. */
  startAt: number;
  endAt: number;
  year: number;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  enrolment: boolean;
  partner: string | null;
  onlineSignin: boolean;
  branchIds: string[];
  createdBy: { openid: string; name: string | null };
  createdAt: number;
  enrolled: number;
  signedIn: number;
  summary: string | null;
  photos: string[];
  summarizedAt: number | null;
  /** 已取消 (absent on activities stored before cancelling existed: not cancelled). */
  cancelled?: boolean;
  cancelReason?: string | null;
  cancelledAt?: number | null;
  editedAt?: number | null;
}

/** activityEnrolments/<activityId>_<memberId> and activitySignins/<activityId>_<memberId>: the id is the guard. */
export interface ActivityRecord {
  _id: string;
  activityId: string;
  memberId: string;
  memberName: string;
  openid: string;
  branchId: string;
  groupId: string;
  kind: ActivityKind;
  year: number;
  /** The activity's times, copied so a member's day (his to-do) is one indexed query. */
  startAt: number;
  endAt: number;
  at: number;
  /** 已退出: the member took his enrolment back (`at` is then when). The `_id` stays his key: enrolling again revives it. */
  withdrawn?: boolean;
}

export interface ActivitySignin extends ActivityRecord {
  mode: 'online' | 'onsite';
  /** Volunteer hours the organiser gave (志愿服务), 0 until then. */
  hours: number;
}

export type { ActivityKind };
