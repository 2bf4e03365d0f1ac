/**
 * 活动: branch A's activities (secA holds them) and one of branch B's. The target signed in to A's
 * running 志愿服务 activity; A's next one (in two hours) takes enrolment. Only members of A and
 * those who run A (secA, the county) reach them; a member of B sees none, B's secretary runs only B's.
 */
import { activityCodeAt } from '../../../src/domain/activity/activity-code.rules';
import { dayOf, minuteOf, yearOf } from '../../../src/domain/shared/day.rules';
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { hmacSha256 } from '../../../cloudfunctions/api/src/platform/crypto';
import { activityAround } from '../../functions/helpers/activity';
import { sdkDb } from '../../functions/helpers/study';
import { defineArea, refusedToAll } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;
const notJoined = E.MEMBER_NOT_JOINED;
const year = () => yearOf(Date.now());
const edited = (activityId: string, startAt: number) => ({ activityId, title: '改期后的活动', day: dayOf(startAt), time: minuteOf(startAt).slice(11), durationMinutes: 120, place: '社区活动室', capacity: 30 });

export default defineArea({
  area: 'activity',
  seed: async (tc, w) => {
    const running = await tc.data(openids.secA, 'activity.create', activityAround([w.A._id], {}, { enrolment: false, capacity: undefined, onlineSignin: true }));
    const next = await tc.data(openids.secA, 'activity.create', activityAround([w.A._id], { startIn: 120 }, { kind: '红色教育', capacity: 30 }));
    const ofB = await tc.data(openids.otherSecretary, 'activity.create', activityAround([w.B._id], {}, { enrolment: false, capacity: undefined, onlineSignin: true }));
    // The target enrolled in `later` (to withdraw); secA edits `later` and cancels `spare`.
    const later = await tc.data(openids.secA, 'activity.create', activityAround([w.A._id], { startIn: 180 }, { capacity: 30, title: '可改可退的活动' }));
    const spare = await tc.data(openids.secA, 'activity.create', activityAround([w.A._id], { startIn: 240 }, { title: '将被取消的活动' }));
    await tc.data(openids.target, 'activity.enrol', { activityId: later._id });
    await tc.data(openids.target, 'activity.signin', { mode: 'online', activityId: running._id });
    await tc.data(openids.otherMember, 'activity.signin', { mode: 'online', activityId: ofB._id });
    const secret = (await sdkDb().collection('config').doc('join_secret').get()).data.value as string;
    return { running: running._id as string, next: next._id as string, ofB: ofB._id as string, later: later as { _id: string; startAt: number }, spare: spare._id as string, code: () => activityCodeAt(hmacSha256, secret, running._id, Date.now()).code };
  },
  cases: {
    'activity.create': {
      as: 'secA',
      valid: (w) => activityAround([w.A._id]),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'for his branch and branch B together', payload: (w) => activityAround([w.A._id, w.B._id]) }],
    },
    'activity.list': {
      as: 'secA',
      valid: (w) => ({ view: 'manage', branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the activities of branch B', payload: (w) => ({ view: 'manage', branchId: w.B._id }) }],
    },
    'activity.get': {
      as: 'target',
      valid: (_w, f) => ({ activityId: f.running }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'an activity of branch B', payload: (_w, f) => ({ activityId: f.ofB }) }],
    },
    'activity.enrol': {
      as: 'target',
      valid: (_w, f) => ({ activityId: f.next }),
      outsiders: { otherMember: F, otherSecretary: notJoined, outsideCadre: F, outsideInflow: notJoined, stranger: notJoined },
    },
    'activity.signin': {
      as: 'peer',
      valid: (_w, f) => ({ mode: 'onsite', code: f.code() }),
      outsiders: { otherMember: F, otherSecretary: notJoined, outsideCadre: F, outsideInflow: notJoined, stranger: notJoined },
      beyond: [{ why: 'online to an activity of branch B', payload: (_w, f) => ({ mode: 'online', activityId: f.ofB }) }],
      signed: { key: 'code', code: E.ACTIVITY_CODE_INVALID },
    },
    'activity.summarize': {
      as: 'secA',
      valid: (_w, f) => ({ activityId: f.running, summary: '走访独居老人 12 户，打扫卫生、代购药品。' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the summary of branch B’s activity', payload: (_w, f) => ({ activityId: f.ofB, summary: '替别的支部写总结' }) }],
    },
    'activity.hours': {
      as: 'secA',
      valid: (w, f) => ({ activityId: f.running, entries: [{ memberId: w.memberIds.target, hours: 1.5 }] }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'hours on branch B’s activity', payload: (w, f) => ({ activityId: f.ofB, entries: [{ memberId: w.memberIds.otherMember, hours: 1 }] }) }],
    },
    'activity.withdraw': {
      as: 'target',
      valid: (_w, f) => ({ activityId: f.later._id }),
      outsiders: { otherMember: F, otherSecretary: notJoined, outsideCadre: F, outsideInflow: notJoined, stranger: notJoined },
      beyond: [{ why: 'an activity of branch B', payload: (_w, f) => ({ activityId: f.ofB }) }],
    },
    'activity.edit': {
      as: 'secA',
      valid: (_w, f) => edited(f.later._id, f.later.startAt),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'an activity of branch B', payload: (_w, f) => edited(f.ofB, Date.now() + 3_600_000) }],
    },
    'activity.cancel': {
      as: 'secA',
      valid: (_w, f) => ({ activityId: f.spare, reason: '场地临时不可用' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'an activity of branch B', payload: (_w, f) => ({ activityId: f.ofB, reason: '替别的支部取消' }) }],
    },
    'activity.stats': {
      as: 'secA',
      valid: (w) => ({ year: year(), branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the figures of branch B', payload: (w) => ({ year: year(), branchId: w.B._id }) }],
    },
    'activity.record': {
      as: 'secA',
      valid: (w) => ({ year: year(), memberId: w.memberIds.target }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the record of a member of branch B', payload: (w) => ({ year: year(), memberId: w.memberIds.otherMember }) }],
    },
  },
});
