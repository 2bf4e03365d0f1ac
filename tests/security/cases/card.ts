/** 流动党员活动证: issue, renewal and 年审 records, a member's card history, lapsed cards. */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { dayAfter, today } from '../../functions/helpers/days';
import { defineArea, refusedToAll } from '../case';

const F = E.AUTH_FORBIDDEN;

export default defineArea({
  area: 'card',
  cases: {
    'card.record': {
      as: 'secA',
      // The target's number came with his profile, without a date: the first record issues his card.
      valid: (w) => ({ kind: 'issue', memberId: w.memberIds.target, cardNo: 'HZ2026TARGET', day: today(), validUntil: dayAfter(730) }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w) => ({ kind: 'issue', memberId: w.memberIds.otherMember, cardNo: 'NB2026OTHER', day: today(), validUntil: dayAfter(730) }) }],
    },
    'card.history': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w) => ({ memberId: w.memberIds.otherMember }) }],
    },
    'card.list': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id, state: 'expiring' }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the cards of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
  },
});
