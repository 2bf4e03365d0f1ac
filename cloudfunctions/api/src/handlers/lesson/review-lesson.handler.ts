import type { LessonOutputs } from '@/contracts/lesson';
import { canReviewLesson } from '@/domain/lesson/lesson-scope.rules';
import { lessonBody, reviewable } from '@/domain/lesson/lesson.rules';
import type { Lesson, LessonReview, LessonReviewInput } from '@/domain/lesson/lesson.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { getLesson, moveLesson } from '../../repos/lessons.repo';
import { publishPush } from '../study/publish-push';
import { lessonMoved, lessonNotFound, lessonViews } from './lesson-views';

/**
 * The author's secretary (or the county) returns a lesson with a reason, or approves it: it is
 * published to the author's branch as a 微党课 study push naming him, through the study area's
 * own publish path. The lesson is claimed first by a conditional update (two reviewers: one wins);
 * a publish that is refused (a risky text, a past due day) puts it back as it was.
 */
export async function reviewLessonHandler(input: LessonReviewInput, ctx: Ctx): Promise<LessonOutputs['lesson.review']> {
  const { caller, now } = ctx;
  const lesson = await getLesson(input.lessonId);
  if (!lesson) throw lessonNotFound();
  if (!canReviewLesson(caller, lesson)) throw forbidden('只有该党员所在支部的书记或县委组织部可以审核');
  if (!reviewable(lesson.state)) throw lessonMoved();

  const review: LessonReview = { at: now, byName: caller.name, decision: input.decision, reason: input.decision === 'return' ? input.reason : null };
  if (input.decision === 'return') {
    const patch = { state: 'returned' as const, review, updatedAt: now };
    if (!(await moveLesson(lesson._id, 'submitted', patch))) throw lessonMoved();
    return view(ctx, { ...lesson, ...patch });
  }

  const claimed = { state: 'published' as const, review, updatedAt: now };
  if (!(await moveLesson(lesson._id, 'submitted', claimed))) throw lessonMoved();
  let pushId: string;
  try {
    const push = await publishPush(
      { title: lesson.title, issueNo: input.issueNo, kind: '微党课', body: lessonBody(lesson), audience: { scope: 'branches', branchIds: [lesson.branchId] }, dueDay: input.dueDay },
      ctx,
      { memberId: lesson.memberId, name: lesson.authorName, openid: lesson.authorOpenid },
    );
    pushId = push._id;
  } catch (err) {
    await moveLesson(lesson._id, 'published', { state: 'submitted', review: lesson.review, updatedAt: lesson.updatedAt });
    throw err;
  }
  await moveLesson(lesson._id, 'published', { pushId });
  return view(ctx, { ...lesson, ...claimed, pushId });
}

const view = async (ctx: Ctx, lesson: Lesson) => (await lessonViews(ctx.caller, [lesson]))[0];
