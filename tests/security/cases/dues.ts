/** 党费: dues records, the member's own view, a branch's arrears and the 党费补助 paid by evaluation tier. */
import { ErrorCodes as E } from '../../../src/domain/shared/errors';
import { addMonths, monthAt } from '../../../src/domain/themeday/occurrence.rules';
import type { TestCloud } from '../../functions/helpers/cloud';
import { dayAfter, today } from '../../functions/helpers/days';
import { TIERS } from '../../functions/helpers/evaluation';
import { answersOwn, defineArea, refusedToAll } from '../case';
import { openids, type World } from '../world';

const F = E.AUTH_FORBIDDEN;
const notJoined = E.MEMBER_NOT_JOINED;

/** A dues note only branch A's records hold: an outsider's answer showing it fails the leak check. */
const SECRET = '王目标十一月党费现金交书记甲一';

/** The target's dues of last month, and this year's 述职评议 closed with branch A in a tier. */
async function seed(tc: TestCloud, w: World) {
  const month = monthAt(Date.now());
  const last = addMonths(month, -1);
  await tc.data(openids.secA, 'dues.record', { memberId: w.memberIds.target, month: last, amount: 10, method: '现金', note: SECRET });
  // Branch B's own record, so a refused void aimed past secA's scope would have something to remove.
  await tc.data(openids.otherSecretary, 'dues.record', { memberId: w.memberIds.otherMember, month: last, amount: 10, method: '现金' });
  const year = Number(today().slice(0, 4));
  await tc.data(openids.county, 'eval.openRound', { year, startDay: today(), endDay: dayAfter(10), criteria: [{ name: '抓党建', weight: 100, maxScore: 10 }], tiers: TIERS, reviewerOpenids: [openids.county] });
  await tc.data(openids.county, 'eval.score', { roundId: `r${year}`, branchId: w.A._id, scores: [9] });
  await tc.data(openids.county, 'eval.closeRound', { roundId: `r${year}` });
  w.secrets.push(SECRET);
  return { month, last, year };
}

type Fixtures = Awaited<ReturnType<typeof seed>>;

export default defineArea<Fixtures>({
  area: 'dues',
  seed,
  cases: {
    'dues.record': {
      as: 'secA',
      valid: (w, f) => ({ memberId: w.memberIds.target, month: f.month, amount: 12.5, method: '微信转账' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w, f) => ({ memberId: w.memberIds.otherMember, month: f.month, amount: 12.5, method: '微信转账' }) }],
    },
    'dues.void': {
      as: 'secA',
      valid: (w, f) => ({ memberId: w.memberIds.target, month: f.last, reason: '月份录错' }),
      outsiders: refusedToAll(F),
      beyond: [{ why: 'a member of branch B', payload: (w, f) => ({ memberId: w.memberIds.otherMember, month: f.last, reason: '月份录错' }) }],
    },
    'dues.mine': {
      as: 'target',
      valid: () => ({}),
      reads: true,
      outsiders: {
        otherMember: answersOwn('his own dues (none of the target’s)'),
        otherSecretary: notJoined,
        outsideCadre: answersOwn('his own dues as a member of branch B'),
        outsideInflow: notJoined,
        stranger: notJoined,
      },
    },
    'dues.arrears': {
      as: 'secA',
      valid: (w) => ({ branchId: w.A._id }),
      reads: true,
      outsiders: refusedToAll(F),
      beyond: [{ why: 'the arrears of branch B', payload: (w) => ({ branchId: w.B._id }) }],
    },
    'dues.subsidies': {
      as: 'county',
      valid: (_w, f) => ({ year: f.year }),
      reads: true,
      outsiders: refusedToAll(F),
    },
    'dues.paySubsidy': {
      as: 'county',
      valid: (w, f) => ({ year: f.year, branchId: w.A._id, paidOn: today(), note: '已转入支部账户' }),
      outsiders: refusedToAll(F),
    },
  },
});
