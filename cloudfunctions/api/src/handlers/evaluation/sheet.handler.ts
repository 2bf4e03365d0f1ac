import type { ActionOutputs } from '@/contracts';
import { isOwnEvaluee, isReviewer } from '@/domain/evaluation/eval-scope.rules';
import { scoringRefusal } from '@/domain/evaluation/sheet.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { sheetsOfReviewer } from '../../repos/evaluations.repo';
import { headOf, requireRound } from './eval-views';

/** A reviewer's score sheet: every secretary of the round with the caller's own scores so far. */
export async function sheetHandler(input: { roundId: string }, ctx: Ctx): Promise<ActionOutputs['eval.sheet']> {
  const { caller, now } = ctx;
  const round = await requireRound(input.roundId);
  if (!isReviewer(caller, round)) throw forbidden('您不是本轮述职评议的评委');
  const sheets = await sheetsOfReviewer(round._id, caller.openid);
  return {
    round: headOf(round),
    open: scoringRefusal(round, now) === null,
    rows: round.evaluees.map((e) => {
      const s = sheets.find((x) => x.branchId === e.branchId);
      return { branchId: e.branchId, branchName: e.branchName, secretaryName: e.secretaryName, own: isOwnEvaluee(caller, e), scores: s?.scores ?? null, at: s?.at ?? null };
    }),
  };
}
