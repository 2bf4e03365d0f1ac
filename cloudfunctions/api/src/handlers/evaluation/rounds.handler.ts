import type { ActionOutputs } from '@/contracts';
import { mayManageEval } from '@/domain/evaluation/eval-scope.rules';
import type { Ctx } from '@shared/dispatch/context';
import { listRounds } from '../../repos/evaluations.repo';
import { summaryOf } from './eval-views';

/** Rounds the caller works on: all of them for the county; for anyone else those naming him a reviewer. */
export async function roundsHandler(_input: unknown, ctx: Ctx): Promise<ActionOutputs['eval.rounds']> {
  const rounds = await listRounds(mayManageEval(ctx.caller) ? {} : { reviewerOpenids: ctx.caller.openid });
  return { items: rounds.map((r) => summaryOf(r, ctx.caller)) };
}
