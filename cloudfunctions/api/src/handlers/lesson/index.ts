import type { lessonActions } from '@/contracts/lesson';
import type { HandlerTable } from '@shared/dispatch/handler';
import { listLessonsHandler } from './list-lessons.handler';
import { reviewLessonHandler } from './review-lesson.handler';
import { submitLessonHandler } from './submit-lesson.handler';

export const lessonHandlers: HandlerTable<keyof typeof lessonActions> = {
  'lesson.submit': submitLessonHandler,
  'lesson.list': listLessonsHandler,
  'lesson.review': reviewLessonHandler,
};
