import type { ActionOutputs } from '@/contracts';
import { ownResultView } from '@/domain/evaluation/result-view.rules';
import type { Ctx } from '@shared/dispatch/context';
import { roundsEvaluating } from '../../repos/evaluations.repo';
import { headOf } from './eval-views';

/**
 * A secretary's own evaluations: the rounds that snapshotted him (by openid), with only the
 * results of his own branch(es) once closed — never another secretary's, and without a per-criterion
 * breakdown that would be one reviewer's sheet (ownResultView).
 */
export async function mineHandler(_input: unknown, ctx: Ctx): Promise<ActionOutputs['eval.mine']> {
  const rounds = await roundsEvaluating(ctx.caller.openid);
  return {
    items: rounds.map((r) => {
      const own = new Set(r.evaluees.filter((e) => e.openids.includes(ctx.caller.openid)).map((e) => e.branchId));
      return { round: headOf(r), results: r.status === 'closed' ? (r.results ?? []).filter((x) => own.has(x.branchId)).map(ownResultView) : null };
    }),
  };
}
