import type { ActionOutputs } from '@/contracts';
import { evaluatedKinds, mayManageEval } from '@/domain/evaluation/eval-scope.rules';
import type { EvalOpenRoundInput, EvalRound, Evaluee } from '@/domain/evaluation/evaluation.schema';
import { windowOver } from '@/domain/evaluation/sheet.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { branchesOfKinds, insertRound, roundIdOf, secretaryUsers } from '../../repos/evaluations.repo';
import { usersByOpenids } from '@shared/repos/users.repo';
import { membersByOpenids } from '@shared/repos/members.repo';
import { summaryOf } from './eval-views';
import { notifyTodo } from '../notify-todo';

/**
 * The county opens the year's round: the secretaries of every 流动党支部 / 云支部 are snapshotted
 * (branch, the branch's recorded secretary name, the openids holding its secretary grant), with the
 * criteria, bands, amounts and named reviewers. One round per year (`_id` = r<year>).
 */
export async function openRoundHandler(input: EvalOpenRoundInput, ctx: Ctx): Promise<ActionOutputs['eval.openRound']> {
  const { caller, now } = ctx;
  if (!mayManageEval(caller)) throw forbidden('仅县委组织部可发起述职评议');
  if (windowOver(input.endDay, now)) throw new AppError(ErrorCodes.INPUT_INVALID, '评议结束日期已过', [{ path: 'endDay', message: '结束日期不能早于今天' }]);

  // A reviewer is known by his member record or, an organiser who is not a member, by his users document.
  const [branches, secretaries, reviewers, memberReviewers] = await Promise.all([branchesOfKinds(evaluatedKinds), secretaryUsers(), usersByOpenids(input.reviewerOpenids), membersByOpenids(input.reviewerOpenids)]);
  const nameOf = new Map<string, string | null>([...reviewers.map((u) => [u._id, u.name] as const), ...memberReviewers.map((m) => [m.openid, m.name] as const)]);
  const unknown = input.reviewerOpenids.filter((o) => !nameOf.has(o));
  if (unknown.length) throw new AppError(ErrorCodes.EVAL_REVIEWER_UNKNOWN, `有 ${unknown.length} 位评委尚未使用过本小程序，请重新选择`);
  if (!branches.length) throw new AppError(ErrorCodes.EVAL_NO_EVALUEES, '没有可评议的流动党支部或云支部');

  const evaluees: Evaluee[] = branches
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    .map((b) => ({
      branchId: b._id,
      branchName: b.name,
      secretaryName: b.secretaryName,
      openids: secretaries.filter((u) => u.grants.some((g) => g.role === 'secretary' && g.branchId === b._id)).map((u) => u._id),
    }));
  const round: EvalRound = {
    _id: roundIdOf(input.year),
    year: input.year,
    title: input.title ?? `${input.year} 年度流动党支部书记述职评议`,
    status: 'open',
    startDay: input.startDay,
    endDay: input.endDay,
    criteria: input.criteria,
    tiers: input.tiers,
    reviewers: input.reviewerOpenids.map((openid) => ({ openid, name: nameOf.get(openid) ?? null })),
    reviewerOpenids: input.reviewerOpenids,
    evaluees,
    evalueeOpenids: [...new Set(evaluees.flatMap((e) => e.openids))],
    revision: 0,
    openedBy: caller.openid,
    createdAt: now,
    closedAt: null,
    results: null,
  };
  try {
    await insertRound(round);
  } catch (err) {
    if (isDuplicateKey(err)) throw new AppError(ErrorCodes.EVAL_ROUND_EXISTS, `${input.year} 年度的述职评议已发起`);
    throw err;
  }
  await notifyTodo('sheetsToScore', round._id, round.reviewerOpenids, `${round.title}，${round.startDay} 起打分`, { openid: caller.openid, now });
  return summaryOf(round, caller);
}
