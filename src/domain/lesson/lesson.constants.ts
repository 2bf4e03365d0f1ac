/** What a 微党课 may hold, as plain data: the lesson pages use it without loading zod (lesson.schema.ts enforces it). */

export const lessonStates = ['submitted', 'returned', 'published'] as const;
export type LessonState = (typeof lessonStates)[number];

export const LESSON_TEXT_MIN = 50;
export const LESSON_TEXT_MAX = 5000;
export const RETURN_REASON_MAX = 200;
