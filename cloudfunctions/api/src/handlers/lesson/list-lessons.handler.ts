import type { LessonOutputs } from '@/contracts/lesson';
import { reviewBranches } from '@/domain/lesson/lesson-scope.rules';
import type { LessonListInput } from '@/domain/lesson/lesson.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { queryLessons, type LessonQuery } from '../../repos/lessons.repo';
import { ownMemberId } from '@shared/auth/guards';
import { lessonViews } from './lesson-views';

/**
 * `mine`: the author's own lessons with their state and the reviewer's reason. Otherwise the
 * review list: the county sees every branch, a secretary his own. Newest first, cursor on `_id`.
 */
export async function listLessonsHandler(input: LessonListInput, ctx: Ctx): Promise<LessonOutputs['lesson.list']> {
  const { caller } = ctx;
  const limit = input.limit ?? 20;
  const query: LessonQuery = { state: input.state, before: input.cursor };
  if (input.mine) {
    query.memberId = ownMemberId(caller);
  } else {
    const branches = reviewBranches(caller, input.branchId);
    if (branches === undefined) throw forbidden('只有支部书记和县委组织部可以审核微党课');
    if (branches) query.within = { branchIds: branches, groupIds: [] };
  }
  const rows = await queryLessons(query, limit + 1);
  const items = await lessonViews(caller, rows.slice(0, limit));
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]._id : null };
}
