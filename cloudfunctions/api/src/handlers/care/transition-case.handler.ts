import type { CareOutputs } from '@/contracts/care';
import type { CareCase, CareTransitionInput } from '@/domain/care/care.schema';
import { canAct } from '@/domain/care/care-scope.rules';
import { transition } from '@/domain/care/case.rules';
import { personRef } from '@/domain/care/person.rules';
import { counterIdsFor, movedMoves } from '@/domain/care/counters.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { db, inTransaction } from '@shared/platform/cloud';
import { moveCareCounters } from '../../repos/care-counters.repo';
import { applyStep, getCase } from '../../repos/cases.repo';
import { getMember } from '@shared/repos/members.repo';
import { caseNotFound, caseView, stepError, RISKY_CARE_TEXT } from './care-views';
import { requireCleanText } from '../clean-text';

/**
 * Moves a case one step with a note (case.rules). Checks run first on a plain read (scope, state
 * machine, the version the caller saw), then the note passes content security, then one
 * transaction re-reads the case, re-applies the rule, appends the step and moves the state
 * counters. A second organiser acting on the same view finds the version moved (CARE.STALE); on
 * WeChat cloud two truly simultaneous transactions conflict and the retry sees it.
 */
export async function transitionCaseHandler(input: CareTransitionInput, ctx: Ctx): Promise<CareOutputs['care.transition']> {
  const { caller, now } = ctx;
  const by = personRef(caller);
  const step = (c: CareCase | null) => {
    if (!c) throw caseNotFound();
    if (!canAct(caller, c)) throw forbidden('只有该求助的负责人或指派人可以处理');
    const r = transition(c, { version: input.version, by, now, to: input.to, note: input.note });
    if (!r.ok) throw stepError(r.reason);
    return { c, r };
  };
  step(await getCase(input.caseId));
  await requireCleanText([input.note], caller.openid, RISKY_CARE_TEXT);
  const moved = await inTransaction(async (tx) => {
    const { c, r } = step(await getCase(input.caseId, tx));
    await applyStep(tx, c._id, r.patch, r.step);
    return { c, moves: movedMoves(c.state, r.patch.state), next: { ...c, ...r.patch, timeline: [...c.timeline, r.step] } };
  });
  // Shared counters move after the step, by atomic increments (never inside a transaction).
  await moveCareCounters(db, counterIdsFor(moved.c.year, moved.c), moved.c.year, moved.moves, now);
  const updated = moved.next;
  const member = await getMember(updated.memberId);
  return caseView(caller, updated, member);
}
