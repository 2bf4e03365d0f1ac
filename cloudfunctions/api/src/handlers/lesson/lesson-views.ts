import type { LessonView } from '@/contracts/lesson';
import type { Caller } from '@/domain/auth/grant';
import { canReviewLesson } from '@/domain/lesson/lesson-scope.rules';
import { resubmittable, reviewable } from '@/domain/lesson/lesson.rules';
import type { Lesson } from '@/domain/lesson/lesson.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { tempUrls } from '@shared/platform/storage';

/** Lessons as their author or a reviewer sees them, images signed in one call per page. */
export async function lessonViews(caller: Caller, lessons: Lesson[]): Promise<LessonView[]> {
  const urls = await tempUrls(lessons.flatMap((l) => l.images));
  return lessons.map(({ authorOpenid, ...l }) => ({
    ...l,
    imageUrls: l.images.map((i) => urls[i]).filter(Boolean),
    can: {
      review: reviewable(l.state) && canReviewLesson(caller, l),
      resubmit: resubmittable(l.state) && authorOpenid === caller.openid,
    },
  }));
}

export const lessonNotFound = () => new AppError(ErrorCodes.LESSON_NOT_FOUND, '微党课不存在');

/** Someone else moved the lesson first (reviewed it, or the author resubmitted it). */
export const lessonMoved = (message = '该微党课已被审核，请刷新后查看') => new AppError(ErrorCodes.LESSON_STATE, message);
