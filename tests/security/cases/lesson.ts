/**
 * 微党课: the target's lesson waiting for branch A's review, and a lesson of branch B's member. Only
 * the author submits for himself; only branch A's secretary and the county review his. A lesson
 * not yet published is for its author and reviewers only: its text joins the world's secrets.
 */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { allowed, answersOwn, defineArea } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;
const NJ = E.MEMBER_NOT_JOINED;
const TITLE = '王目标的微党课：务工路上守初心';
const TEXT = '我在西湖电子厂做质检，想和大家讲讲在外务工如何守住党员本色：按时学习、主动帮助老乡、遇到欠薪工伤及时向支部反映，同时也讲讲我们车间里的真实故事。';

export default defineArea({
  area: 'lesson',
  seed: async (tc, w) => {
    const mine = await tc.data(openids.target, 'lesson.submit', { title: TITLE, text: TEXT });
    const theirs = await tc.data(openids.otherMember, 'lesson.submit', { title: '宁波务工党员的一课', text: '外出务工也要坚持学习，坚持参加网上党小组活动，主动联系支部，按时交纳党费，做老乡身边的明白人和带头人，多为家乡发展出主意。' });
    w.secrets.push(TITLE, TEXT);
    return { lessonId: mine._id as string, otherLessonId: theirs._id as string };
  },
  cases: {
    'lesson.submit': {
      as: 'target',
      valid: () => ({ title: '第二堂微党课', text: TEXT }),
      outsiders: {
        otherMember: allowed('submits his own lesson to his own branch'),
        otherSecretary: NJ,
        outsideCadre: allowed('a member of branch B: submits his own lesson'),
        outsideInflow: NJ,
        stranger: NJ,
      },
      beyond: [{ why: 'resubmitting another member\'s lesson', payload: (_w, f) => ({ lessonId: f.otherLessonId, title: '改他人的课', text: TEXT }) }],
    },
    'lesson.list': {
      as: 'secA',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: F,
        otherSecretary: answersOwn('branch B\'s lessons to review: not the target\'s'),
        outsideCadre: F,
        outsideInflow: F,
        stranger: F,
      },
      beyond: [{ why: 'the lessons of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    'lesson.review': {
      as: 'secA',
      valid: (_w, f) => ({ lessonId: f.lessonId, decision: 'approve', issueNo: 7, dueDay: '2099-12-31' }),
      outsiders: {
        otherMember: F,
        otherSecretary: F,
        outsideCadre: F,
        outsideInflow: F,
        stranger: F,
      },
      beyond: [{ why: 'a lesson of branch B', payload: (_w, f) => ({ lessonId: f.otherLessonId, decision: 'return', reason: '不是本支部的课' }) }],
    },
  },
});
