/** 待办: each caller's own waiting work, counted; it takes no ids, so nobody can aim it at another. */
import { answersOwn, defineArea } from '../case';

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
  },
});
