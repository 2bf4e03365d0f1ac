import { z } from 'zod';
import { daySchema, idSchema, pageFields } from '../shared/fields.schema';
import { fileRefSchema, PHOTOS_MAX } from '../study/study.schema';
import { lessonStates, LESSON_TEXT_MAX, LESSON_TEXT_MIN, RETURN_REASON_MAX, type LessonState } from './lesson.constants';

/**
 * 微党课: a short lesson a member submits; his branch secretary (or the county) approves it, which
 * publishes it as a study push naming him, or returns it with a reason for him to rework.
 */
// Plain values live in lesson.constants.ts, which the app imports without loading zod.
export { lessonStates, LESSON_TEXT_MAX, LESSON_TEXT_MIN, RETURN_REASON_MAX, type LessonState } from './lesson.constants';

const videoUrlSchema = z.string().trim().max(512).regex(/^https:\/\/\S+$/, '请填写正确的视频网址（须为加密的安全链接）');

export const lessonSubmitInputSchema = z.strictObject({
  title: z.string().trim().min(1, '请填写标题').max(60, '标题不超过 60 个字'),
  text: z.string().trim().min(LESSON_TEXT_MIN, `正文至少 ${LESSON_TEXT_MIN} 个字`).max(LESSON_TEXT_MAX, `正文不超过 ${LESSON_TEXT_MAX} 个字`),
  /** His own uploads, held to the check-in photo limits (photo.rules.ts). */
  images: z.array(fileRefSchema).max(PHOTOS_MAX, `最多 ${PHOTOS_MAX} 张图片`).optional(),
  videoUrl: videoUrlSchema.optional(),
  /** Resubmits a returned lesson of his instead of starting a new one. */
  lessonId: idSchema.optional(),
});

export const lessonListInputSchema = z.strictObject({
  /** The caller's own lessons (author view), even when he is also an organiser. */
  mine: z.boolean().optional(),
  state: z.enum(lessonStates).optional(),
  branchId: idSchema.optional(),
  ...pageFields(50),
});

export const lessonReviewInputSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    lessonId: idSchema,
    decision: z.literal('approve'),
    /** The push's 期数 and its last check-in day, as every study push has. */
    issueNo: z.number().int().min(1, '请填写期数').max(9999),
    dueDay: daySchema,
  }),
  z.strictObject({
    lessonId: idSchema,
    decision: z.literal('return'),
    reason: z.string().trim().min(2, '请填写退回理由').max(RETURN_REASON_MAX, `退回理由不超过 ${RETURN_REASON_MAX} 个字`),
  }),
]);

export type LessonSubmitInput = z.infer<typeof lessonSubmitInputSchema>;
export type LessonListInput = z.infer<typeof lessonListInputSchema>;
export type LessonReviewInput = z.infer<typeof lessonReviewInputSchema>;

export interface LessonReview {
  at: number;
  byName: string | null;
  decision: 'approve' | 'return';
  reason: string | null;
}

export interface Lesson {
  _id: string;
  memberId: string;
  authorOpenid: string;
  authorName: string;
  /** Where the author sat when he submitted: that branch's secretary reviews it and its members get the push. */
  branchId: string;
  groupId: string;
  title: string;
  text: string;
  images: string[];
  videoUrl: string | null;
  state: LessonState;
  submittedAt: number;
  updatedAt: number;
  /** The latest review (a resubmission keeps it until the next one). */
  review: LessonReview | null;
  pushId: string | null;
}
