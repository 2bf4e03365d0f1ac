import type { BodyBlock } from '../study/study.schema';
import type { Lesson, LessonState } from './lesson.schema';

/**
 * A lesson's life: submitted → published (approved) | returned; returned → submitted (the author
 * reworks it). Published is final. Only the author resubmits; only a reviewer decides.
 */
export const reviewable = (state: LessonState): boolean => state === 'submitted';
export const resubmittable = (state: LessonState): boolean => state === 'returned';

/**
 * The study push body a lesson becomes: its text in paragraphs (blank lines split them), its
 * images, its video as a link. The title and author stay on the push itself.
 */
export function lessonBody(lesson: Pick<Lesson, 'text' | 'images' | 'videoUrl'>): BodyBlock[] {
  const paragraphs = lesson.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text): BodyBlock => ({ type: 'paragraph', text }));
  const images = lesson.images.map((src): BodyBlock => ({ type: 'image', src }));
  const video: BodyBlock[] = lesson.videoUrl ? [{ type: 'link', title: '微党课视频', url: lesson.videoUrl, kind: 'video' }] : [];
  return [...paragraphs, ...images, ...video];
}

/** The one study push a lesson may become: its id follows from the lesson's, so publishing twice is a duplicate key. */
export const lessonPushId = (lessonId: string): string => `L${lessonId}`;

export const lessonStateLabels: Record<LessonState, string> = { submitted: '待审核', returned: '已退回', published: '已发布' };
