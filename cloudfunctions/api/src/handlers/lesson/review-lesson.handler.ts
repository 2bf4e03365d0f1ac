import type { LessonOutputs } from '@/contracts/lesson';
import { canReviewLesson } from '@/domain/lesson/lesson-scope.rules';
import { lessonBody, lessonPushId, reviewable } from '@/domain/lesson/lesson.rules';
import type { Lesson, LessonReview, LessonReviewInput } from '@/domain/lesson/lesson.schema';
import { forbidden } from '@/domain/shared/errors';
import { isDuplicateKey } from '@shared/platform/db-errors';
import type { Ctx } from '@shared/dispatch/context';
import { getLesson, moveLesson } from '../../repos/lessons.repo';
import { removePush } from '../../repos/studies.repo';
import { announcePush } from '../notify-todo';
import { publishPush } from '../study/publish-push';
import { lessonMoved, lessonNotFound, lessonViews } from './lesson-views';

/**
 * The author's secretary (or the county) returns a lesson with a reason, or approves it: it is
 * published to the author's branch as a 微党课 study push naming him, through the study area's
 * own publish path, and then the lesson moves (a conditional update from `submitted`: of two
 * reviewers one wins).
 *
 * The push's id follows from the lesson's (lessonPushId), so the order push-then-lesson is safe to
 * repeat: an approval that died between the two left a push and a waiting lesson, and the next
 * approval finds the push (duplicate key) and only moves the lesson. A return that wins against an
 * approval in flight takes that push back (a returned lesson has no push); an approval that loses
 * to a return does the same. A refused publish (risky text, a past due day) writes nothing. The
 * push is announced to the branch like any other (notify-todo.ts) once the lesson has moved.
 */
export async function reviewLessonHandler(input: LessonReviewInput, ctx: Ctx): Promise<LessonOutputs['lesson.review']> {
  const { caller, now } = ctx;
  const lesson = await getLesson(input.lessonId);
  if (!lesson) throw lessonNotFound();
  if (!canReviewLesson(caller, lesson)) throw forbidden('只有该党员所在支部的书记或县委组织部可以审核');
  if (!reviewable(lesson.state)) throw lessonMoved();
  const pushId = lessonPushId(lesson._id);

  const review: LessonReview = { at: now, byName: caller.name, decision: input.decision, reason: input.decision === 'return' ? input.reason : null };
  if (input.decision === 'return') {
    const patch = { state: 'returned' as const, review, updatedAt: now };
    if (!(await moveLesson(lesson._id, 'submitted', patch))) throw lessonMoved();
    await removePush(pushId);
    return view(ctx, { ...lesson, ...patch });
  }

  try {
    await publishPush(
      { title: lesson.title, issueNo: input.issueNo, kind: '微党课', body: lessonBody(lesson), audience: { scope: 'branches', branchIds: [lesson.branchId] }, dueDay: input.dueDay },
      ctx,
      { memberId: lesson.memberId, name: lesson.authorName, openid: lesson.authorOpenid, pushId },
    );
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const published = { state: 'published' as const, review, updatedAt: now, pushId };
  if (!(await moveLesson(lesson._id, 'submitted', published))) {
    if ((await getLesson(lesson._id))?.state !== 'published') await removePush(pushId);
    throw lessonMoved();
  }
  // Announced once the lesson stands published (a push taken back was never announced).
  await announcePush({ _id: pushId, publishAt: now }, now);
  return view(ctx, { ...lesson, ...published });
}

const view = async (ctx: Ctx, lesson: Lesson) => (await lessonViews(ctx.caller, [lesson]))[0];
