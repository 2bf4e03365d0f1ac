import type { ActionOutputs } from '@/contracts';
import { mayManageEval } from '@/domain/evaluation/eval-scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { sheetsOfRound } from '../../repos/evaluations.repo';
import { headOf, requireRound } from './eval-views';

/**
 * The county's view of a round: every result once closed; while open, how many sheets each
 * secretary and each reviewer has (never the scores, which stay private until close).
 * A secretary reads only his own result, through eval.mine.
 */
export async function resultsHandler(input: { roundId: string }, ctx: Ctx): Promise<ActionOutputs['eval.results']> {
  if (!mayManageEval(ctx.caller)) throw forbidden('评议结果仅县委组织部可查看全部；支部书记请在「我的述职评议」查看本人结果');
  const round = await requireRound(input.roundId);
  if (round.status === 'closed') return { round: headOf(round), results: round.results ?? [], progress: null };
  const sheets = await sheetsOfRound(round._id);
  const count = (pred: (s: (typeof sheets)[number]) => boolean) => sheets.filter(pred).length;
  return {
    round: headOf(round),
    results: null,
    progress: {
      evaluees: round.evaluees.map((e) => ({ branchId: e.branchId, branchName: e.branchName, secretaryName: e.secretaryName, sheets: count((s) => s.branchId === e.branchId) })),
      reviewers: round.reviewers.map((r) => ({ ...r, sheets: count((s) => s.reviewer === r.openid) })),
    },
  };
}
