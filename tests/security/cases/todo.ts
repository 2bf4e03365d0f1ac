/**
 * 待办: each caller's own waiting work, counted, and his own consent to its messages; neither takes
 * ids, so nobody can aim them at another.
 */
import { allowed, answersOwn, defineArea } from '../case';

export default defineArea({
  area: 'todo',
  cases: {
    'todo.mine': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('his own pushes, theme day and 活动证'),
        otherSecretary: answersOwn('branch B’s suggestions and the cases assigned to him'),
        outsideCadre: answersOwn('G2’s suggestions and his own member work'),
        outsideInflow: answersOwn('nothing: no source applies to an inflow organiser but reviews'),
        stranger: answersOwn('nothing'),
      },
    },
    'todo.subscribe': {
      as: 'target',
      valid: () => ({ results: { TODO_NOTICE: 'accept', STUDY_NOTICE: 'reject' } }),
      // Work reaches organisers and members alike, so anyone records his own consent, keyed by his own openid.
      outsiders: {
        otherMember: allowed('his own consent'),
        otherSecretary: allowed('his own consent: transfers and joins to decide reach him'),
        outsideCadre: allowed('his own consent: suggestions to answer reach him'),
        outsideInflow: allowed('his own consent: sheets to score reach a reviewer'),
        stranger: allowed('his own consent: a round may name him a reviewer'),
      },
    },
  },
});
