import type { ActionOutputs } from '@/contracts';
import { mayManageEval } from '@/domain/evaluation/eval-scope.rules';
import type { EvalResult, EvalRound, EvalSheet } from '@/domain/evaluation/evaluation.schema';
import { evaluate } from '@/domain/evaluation/tier.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { closeIfUnchanged, getRound, sheetsOfRound } from '../../repos/evaluations.repo';
import { headOf, requireRound } from './eval-views';

const ATTEMPTS = 3;

/**
 * Closes the round: every secretary's weighted score, tier and amount from the sheets, stored on
 * the round with its status in one transaction. The sheets are read outside it (a transaction
 * cannot query), so it commits only if no sheet was saved meanwhile (the round's revision); else
 * it recomputes.
 */
export async function closeRoundHandler(input: { roundId: string }, ctx: Ctx): Promise<ActionOutputs['eval.closeRound']> {
  const { caller, now } = ctx;
  if (!mayManageEval(caller)) throw forbidden('仅县委组织部可结束述职评议');
  let round = await requireRound(input.roundId);
  for (let i = 0; i < ATTEMPTS; i++) {
    if (round.status !== 'open') throw new AppError(ErrorCodes.EVAL_CLOSED, '本轮评议已结束');
    const results = computeResults(round, await sheetsOfRound(round._id));
    const outcome = await closeIfUnchanged(round._id, round.revision ?? 0, results, now);
    if (outcome === 'closed') return { round: headOf({ ...round, status: 'closed', closedAt: now }), results };
    if (outcome === 'already') throw new AppError(ErrorCodes.EVAL_CLOSED, '本轮评议已结束');
    round = (await getRound(round._id))!;
  }
  throw new AppError(ErrorCodes.SYSTEM_BUSY, '评委正在提交分数，请稍后再结束评议');
}

/** Results best first; secretaries nobody scored last (未评分). Own-branch sheets cannot exist (score refuses them). */
export function computeResults(round: EvalRound, sheets: EvalSheet[]): EvalResult[] {
  const rows = round.evaluees.map((e) => {
    const mine = sheets.filter((s) => s.branchId === e.branchId).map((s) => s.scores);
    const outcome = evaluate(round.criteria, round.tiers, mine);
    return { branchId: e.branchId, branchName: e.branchName, secretaryName: e.secretaryName, sheets: mine.length, ...outcome };
  });
  return rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.branchName.localeCompare(b.branchName, 'zh'));
}
