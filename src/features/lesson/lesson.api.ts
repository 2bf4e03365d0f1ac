import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the 微党课 pages make; the forms of this feature call for themselves. */
export const listLessons = (input: ActionInput<'lesson.list'>) => call('lesson.list', input);
export const submitLesson = (input: ActionInput<'lesson.submit'>) => call('lesson.submit', input);
export const reviewLesson = (input: ActionInput<'lesson.review'>) => call('lesson.review', input);
