import type { ActionOutputs } from '@/contracts';
import { isOwnEvaluee, isReviewer } from '@/domain/evaluation/eval-scope.rules';
import type { EvalRound, EvalScoreInput, EvalSheet } from '@/domain/evaluation/evaluation.schema';
import { scoringRefusal, sheetProblem } from '@/domain/evaluation/sheet.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getSheet, saveSheet, sheetIdOf } from '../../repos/evaluations.repo';
import { requireRound } from './eval-views';

/**
 * A reviewer scores one secretary on every criterion; a later call revises his own sheet (same
 * `_id`) until the round closes. Every check runs before the write; the write re-reads the round
 * in its transaction, so a sheet never lands in a closed round.
 */
export async function scoreHandler(input: EvalScoreInput, ctx: Ctx): Promise<ActionOutputs['eval.score']> {
  const { caller, now } = ctx;
  const round = await requireRound(input.roundId);
  if (!isReviewer(caller, round)) throw forbidden('您不是本轮述职评议的评委');
  refuseIfNotScoring(round, now);
  const evaluee = round.evaluees.find((e) => e.branchId === input.branchId);
  if (!evaluee) throw new AppError(ErrorCodes.EVAL_NOT_EVALUEE, '该支部不在本轮评议名单中');
  if (isOwnEvaluee(caller, evaluee)) throw new AppError(ErrorCodes.EVAL_OWN_BRANCH, '不能为本人任书记的支部打分');
  const problem = sheetProblem(round.criteria, input.scores);
  if (problem) throw new AppError(problem.kind === 'incomplete' ? ErrorCodes.EVAL_SHEET_INCOMPLETE : ErrorCodes.EVAL_SCORE_OUT_OF_RANGE, problem.message);

  const id = sheetIdOf(round._id, input.branchId, caller.openid);
  const revised = (await getSheet(id)) !== null;
  const sheet: EvalSheet = { _id: id, roundId: round._id, branchId: input.branchId, reviewer: caller.openid, scores: input.scores, at: now };
  const seen = await saveSheet(sheet);
  if (!seen || seen.status !== 'open') throw new AppError(ErrorCodes.EVAL_CLOSED, '本轮评议已结束，分数不能再修改');
  return { roundId: round._id, branchId: input.branchId, scores: input.scores, at: now, revised };
}

function refuseIfNotScoring(round: EvalRound, now: number): void {
  const refusal = scoringRefusal(round, now);
  if (refusal === 'closed') throw new AppError(ErrorCodes.EVAL_CLOSED, '本轮评议已结束，分数不能再修改');
  if (refusal === 'outside') throw new AppError(ErrorCodes.EVAL_OUTSIDE_WINDOW, `不在评分时间内（${round.startDay} 至 ${round.endDay}）`);
}
