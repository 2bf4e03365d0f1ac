import { api, type ActionTable } from './table';
import { lessonListInputSchema, lessonReviewInputSchema, lessonSubmitInputSchema, type Lesson } from '../domain/lesson/lesson.schema';

/** 微党课 from members: submitted by a member, reviewed by his branch secretary. */
export const lessonActions = {
  'lesson.submit': api(lessonSubmitInputSchema),
  'lesson.list': api(lessonListInputSchema),
  'lesson.review': api(lessonReviewInputSchema),
} as const satisfies ActionTable;

/** A lesson as lists show it: no author openid; signed image URLs for reading it. */
export type LessonView = Omit<Lesson, 'authorOpenid'> & { imageUrls: string[]; can: { review: boolean; resubmit: boolean } };

export interface LessonOutputs {
  'lesson.submit': LessonView;
  'lesson.list': { items: LessonView[]; nextCursor: string | null };
  'lesson.review': LessonView;
}
