import type { LessonOutputs } from '@/contracts/lesson';
import { resubmittable } from '@/domain/lesson/lesson.rules';
import type { Lesson, LessonSubmitInput } from '@/domain/lesson/lesson.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { getLesson, insertLesson, moveLesson } from '../../repos/lessons.repo';
import { requireCleanText } from '../clean-text';
import { joinedPlacement } from '@shared/auth/guards';
import { requireOwnPhotos, vetNewPhotos } from '../study/checkin-photos';
import { lessonMoved, lessonNotFound, lessonViews } from './lesson-views';

/**
 * 微党课: a joined member submits a lesson for his branch secretary to review, or resubmits one
 * that was returned to him. Images go the check-in photo path (his own uploads, the image check's
 * limits, imgSecCheck); one the check cannot judge now is refused rather than held, since the
 * lesson may be published to the whole branch.
 */
export async function submitLessonHandler(input: LessonSubmitInput, ctx: Ctx): Promise<LessonOutputs['lesson.submit']> {
  const { caller, now } = ctx;
  const { memberId, placement } = joinedPlacement(ctx, '再提交微党课');
  const images = [...new Set(input.images ?? [])];
  requireOwnPhotos(images, caller.openid);
  const before = input.lessonId ? await ownReturnedLesson(input.lessonId, memberId) : null;
  await requireCleanText([input.title, input.text], caller.openid, '标题或正文含有不适宜发布的内容，请修改后再提交');
  const { held } = await vetNewPhotos(images.filter((i) => !before?.images.includes(i)));
  if (held.length) throw new AppError(ErrorCodes.SYSTEM_BUSY, '图片安全检测暂不可用，请稍后再提交');

  const content = { title: input.title, text: input.text, images, videoUrl: input.videoUrl ?? null };
  if (before) {
    const patch = { ...content, state: 'submitted' as const, updatedAt: now };
    if (!(await moveLesson(before._id, 'returned', patch))) throw lessonMoved('该微党课已重新提交，请刷新后查看');
    return (await lessonViews(caller, [{ ...before, ...patch }]))[0];
  }
  const lesson: Lesson = {
    _id: newId(now),
    memberId,
    authorOpenid: caller.openid,
    authorName: caller.name ?? '',
    branchId: placement.branchId,
    groupId: placement.groupId,
    ...content,
    state: 'submitted',
    submittedAt: now,
    updatedAt: now,
    review: null,
    pushId: null,
  };
  await insertLesson(lesson);
  return (await lessonViews(caller, [lesson]))[0];
}

async function ownReturnedLesson(id: string, memberId: string): Promise<Lesson> {
  const lesson = await getLesson(id);
  if (!lesson) throw lessonNotFound();
  if (lesson.memberId !== memberId) throw forbidden('只能修改您本人的微党课');
  if (!resubmittable(lesson.state)) throw lessonMoved('只有被退回的微党课可以修改后重新提交');
  return lesson;
}
