import type { Caller } from '@/domain/auth/grant';
import { canReviewLesson, reviewBranches } from '@/domain/lesson/lesson-scope.rules';
import { lessonBody, resubmittable, reviewable } from '@/domain/lesson/lesson.rules';
import { lessonReviewInputSchema, lessonSubmitInputSchema } from '@/domain/lesson/lesson.schema';

const caller = (over: Partial<Caller>): Caller => ({ openid: 'o', memberId: null, name: null, grants: [], placement: null, ...over });
const TEXT = '第一段：在外务工也不忘党员身份，按时学习。\n\n第二段：主动帮助身边的老乡。\n \n第三段：遇到困难及时向支部反映。这是一堂微党课的正文。';

describe('微党课 rules', () => {
  it('turns a lesson into a push body: paragraphs by blank lines, then images, then the video link', () => {
    expect(lessonBody({ text: TEXT, images: ['cloud://e.b/uploads/o/a.jpg'], videoUrl: 'https://v.example.cn/1' })).toEqual([
      { type: 'paragraph', text: '第一段：在外务工也不忘党员身份，按时学习。' },
      { type: 'paragraph', text: '第二段：主动帮助身边的老乡。' },
      { type: 'paragraph', text: '第三段：遇到困难及时向支部反映。这是一堂微党课的正文。' },
      { type: 'image', src: 'cloud://e.b/uploads/o/a.jpg' },
      { type: 'link', title: '微党课视频', url: 'https://v.example.cn/1', kind: 'video' },
    ]);
    expect(lessonBody({ text: '只有一段', images: [], videoUrl: null })).toEqual([{ type: 'paragraph', text: '只有一段' }]);
  });

  it('reviews only what waits, resubmits only what was returned', () => {
    expect([reviewable('submitted'), reviewable('returned'), reviewable('published')]).toEqual([true, false, false]);
    expect([resubmittable('submitted'), resubmittable('returned'), resubmittable('published')]).toEqual([false, true, false]);
  });

  it('is reviewed by the county and the author\'s branch secretary, not a cadre or sysadmin', () => {
    const lesson = { branchId: 'b1' };
    expect(canReviewLesson(caller({ grants: [{ role: 'county' }] }), lesson)).toBe(true);
    expect(canReviewLesson(caller({ grants: [{ role: 'secretary', branchId: 'b1' }] }), lesson)).toBe(true);
    expect(canReviewLesson(caller({ grants: [{ role: 'secretary', branchId: 'b2' }] }), lesson)).toBe(false);
    expect(canReviewLesson(caller({ grants: [{ role: 'cadre', groupId: 'g1' }] }), lesson)).toBe(false);
    expect(canReviewLesson(caller({ grants: [{ role: 'sysadmin' }] }), lesson)).toBe(false);
  });

  it('lists the review queue of the branches he reviews; a branch outside them is refused', () => {
    expect(reviewBranches(caller({ grants: [{ role: 'county' }] }))).toBeNull();
    expect(reviewBranches(caller({ grants: [{ role: 'county' }] }), 'b9')).toEqual(['b9']);
    expect(reviewBranches(caller({ grants: [{ role: 'secretary', branchId: 'b1' }] }))).toEqual(['b1']);
    expect(reviewBranches(caller({ grants: [{ role: 'secretary', branchId: 'b1' }] }), 'b2')).toBeUndefined();
    expect(reviewBranches(caller({ grants: [{ role: 'cadre', groupId: 'g1' }] }))).toBeUndefined();
  });

  it('validates in Chinese: a return needs a reason, an approval its 期数 and due day, the video https', () => {
    const returned = lessonReviewInputSchema.safeParse({ lessonId: 'l1', decision: 'return', reason: '' });
    expect(returned.success || returned.error.issues[0].message).toBe('请填写退回理由');
    expect(lessonReviewInputSchema.safeParse({ lessonId: 'l1', decision: 'approve', dueDay: '2099-12-31' }).success).toBe(false);
    const video = lessonSubmitInputSchema.safeParse({ title: '课', text: TEXT, videoUrl: 'javascript:alert(1)' });
    expect(video.success || video.error.issues[0].message).toBe('请填写正确的视频网址（须为加密的安全链接）');
  });
});
