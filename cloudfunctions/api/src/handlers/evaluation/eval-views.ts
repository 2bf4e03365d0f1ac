import type { EvalRoundHead, EvalRoundSummary } from '@/contracts/evaluation';
import type { Caller } from '@/domain/auth/grant';
import { isReviewer, mayManageEval } from '@/domain/evaluation/eval-scope.rules';
import type { EvalRound } from '@/domain/evaluation/evaluation.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { getRound } from '../../repos/evaluations.repo';

export const headOf = (r: EvalRound): EvalRoundHead => ({
  _id: r._id,
  year: r.year,
  title: r.title,
  status: r.status,
  startDay: r.startDay,
  endDay: r.endDay,
  criteria: r.criteria,
  tiers: r.tiers,
  createdAt: r.createdAt,
  closedAt: r.closedAt,
});

export const summaryOf = (r: EvalRound, caller: Caller): EvalRoundSummary => ({
  ...headOf(r),
  evalueeCount: r.evaluees.length,
  reviewerCount: r.reviewerOpenids.length,
  isReviewer: isReviewer(caller, r),
  canManage: mayManageEval(caller),
});

export async function requireRound(id: string): Promise<EvalRound> {
  const round = await getRound(id);
  if (!round) throw new AppError(ErrorCodes.EVAL_NOT_FOUND, '评议不存在');
  return round;
}
