import type { Lesson, LessonState } from '@/domain/lesson/lesson.schema';
import { _, db } from '@shared/platform/cloud';
import { allOf, defined, withinUnits, type Units } from '@shared/repos/query';

const lessons = () => db.collection('lessons');

export async function insertLesson(lesson: Lesson): Promise<void> {
  await lessons().add({ data: lesson });
}

export async function getLesson(id: string): Promise<Lesson | null> {
  const { data } = await lessons().where({ _id: id }).limit(1).get();
  return (data[0] as Lesson | undefined) ?? null;
}

/**
 * Moves a lesson on only from the state the caller saw: a conditional update, so of two reviewers
 * (or a review and a resubmission) acting on one view exactly one wins. Answers whether it did.
 */
export async function moveLesson(id: string, from: LessonState, patch: Partial<Lesson>): Promise<boolean> {
  // set(): objects and arrays are replaced whole (an object would be merged field by field).
  const data = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v !== null && typeof v === 'object' ? _.set(v) : v]));
  const { stats } = await lessons().where({ _id: id, state: from }).update({ data });
  return stats.updated === 1;
}

export interface LessonQuery {
  memberId?: string;
  state?: LessonState;
  branchId?: string;
  within?: Units | null;
  before?: string;
}

export async function queryLessons(q: LessonQuery, limit: number): Promise<Lesson[]> {
  const where = allOf([defined({ memberId: q.memberId, state: q.state, branchId: q.branchId }), withinUnits(q.within)], q.before);
  const { data } = await lessons().where(where).orderBy('_id', 'desc').limit(limit).get();
  return data as Lesson[];
}

export async function countLessonsToReview(branchIds: string[] | null): Promise<number> {
  const where = branchIds ? { state: 'submitted', branchId: _.in(branchIds) } : { state: 'submitted' };
  const { total } = await lessons().where(where).count();
  return total;
}
