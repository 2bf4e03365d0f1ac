/**
 * 乡音工作室 / 维权: a 老乡 brought by the target, his case given to G1's cadre. Only organisers who
 * cover the target reach it, and the target himself through mediation.mine (his own cases only);
 * the 老乡's phone and the dispute join the world's secrets.
 */
import { yearOf } from '../../../src/domain/shared/day.rules';
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { answersOwn, defineArea, refusedToAll } from '../case';
import { openids } from '../world';

const F = E.AUTH_FORBIDDEN;
const NJ = E.MEMBER_NOT_JOINED;
const VILLAGER_PHONE = '13766665555';
const DISPUTE = '老乡在西湖电子厂被拖欠四个月工资共两万元';

const party = (memberId: string) => ({ kind: 'villager', name: '周老乡', phone: VILLAGER_PHONE, consent: true, broughtBy: memberId });

export default defineArea({
  area: 'mediation',
  seed: async (tc, w) => {
    const c = await tc.data(openids.secA, 'mediation.open', { party: party(w.memberIds.target), kind: '欠薪', description: DISPUTE, handlerOpenid: openids.cadreG1 });
    w.secrets.push(VILLAGER_PHONE, DISPUTE);
    return { caseId: c._id as string };
  },
  cases: {
    'mediation.open': {
      as: 'secA',
      valid: (w) => ({ party: party(w.memberIds.target), kind: '劳务纠纷', description: '劳务合同到期不续签也不结清工资', handlerOpenid: openids.secA }),
      outsiders: refusedToAll(F),
      beyond: [
        { why: 'for a 老乡 brought by a member of branch B', payload: (w) => ({ party: party(w.memberIds.otherMember), kind: '欠薪', description: '工资拖欠三个月', handlerOpenid: openids.secA }) },
        { why: 'given to the cadre of another village', code: E.MEDIATION_HANDLER_INVALID, payload: (w) => ({ party: party(w.memberIds.target), kind: '欠薪', description: '工资拖欠三个月', handlerOpenid: openids.outsideCadre }) },
      ],
    },
    'mediation.handlers': {
      as: 'secA',
      valid: (w) => ({ memberId: w.memberIds.target }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the handlers of a member of branch B', payload: (w) => ({ memberId: w.memberIds.otherMember }) }],
    },
    'mediation.list': {
      as: 'secA',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: F,
        otherSecretary: answersOwn('branch B\'s cases: not the target\'s'),
        outsideCadre: answersOwn('G2\'s cases'),
        outsideInflow: F,
        stranger: F,
      },
      beyond: [{ why: 'the cases of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    'mediation.get': { as: 'cadreG1', valid: (_w, f) => ({ caseId: f.caseId }), reads: true, outsiders: refusedToAll(F) },
    'mediation.step': { as: 'cadreG1', valid: (_w, f) => ({ caseId: f.caseId, note: '已约老板周五面谈' }), outsiders: refusedToAll(F) },
    'mediation.mine': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('the cases about him: not the target\'s'),
        otherSecretary: NJ,
        outsideCadre: answersOwn('the cases about him (a member too)'),
        outsideInflow: NJ,
        stranger: NJ,
      },
    },
    'mediation.stats': {
      as: 'secA',
      valid: (w) => ({ year: yearOf(Date.now()), branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the figures of branch B', payload: (w) => ({ year: yearOf(Date.now()), branchId: w.B._id }) }],
    },
  },
});
