import type { CareOutputs } from '@/contracts/care';
import type { CareAssignInput, CareCase } from '@/domain/care/care.schema';
import { canAssign, canBeAssignee } from '@/domain/care/care-scope.rules';
import { assign } from '@/domain/care/case.rules';
import { personRef } from '@/domain/care/person.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { callerOf, type Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { applyStep, getCase } from '../../repos/cases.repo';
import { getMember } from '@shared/repos/members.repo';
import { getUser } from '@shared/repos/users.repo';
import { caseNotFound, caseView, stepError, RISKY_CARE_TEXT } from './care-views';
import { requireCleanText } from '../clean-text';
import { notifyTodo } from '../notify-todo';

/**
 * Gives an open case to an organiser who covers the member (the county or the member's branch
 * secretary decides). The case is re-read inside the transaction and the step applies only to the
 * version the caller saw, so two concurrent assignments cannot both land.
 */
export async function assignCaseHandler(input: CareAssignInput, ctx: Ctx): Promise<CareOutputs['care.assign']> {
  const { caller, now } = ctx;
  const [seen, assigneeUser] = await Promise.all([getCase(input.caseId), getUser(input.assigneeOpenid)]);
  if (!seen) throw caseNotFound();
  if (!canAssign(caller, seen)) throw forbidden('只有县委组织部或该党员所在支部书记可以指派');
  const placement = { _id: seen.memberId, branchId: seen.branchId, groupId: seen.groupId };
  if (!assigneeUser || !canBeAssignee(callerOf(assigneeUser._id, assigneeUser), placement)) {
    throw new AppError(ErrorCodes.CARE_ASSIGNEE_INVALID, '负责人须是负责该党员的组织人员');
  }
  const assignee = personRef({ openid: assigneeUser._id, name: assigneeUser.name, grants: assigneeUser.grants });
  const step = (c: CareCase) => {
    const r = assign(c, { version: input.version, by: personRef(caller), now, assignee, note: input.note || null });
    if (!r.ok) throw stepError(r.reason);
    return r;
  };
  step(seen);
  if (input.note) await requireCleanText([input.note], caller.openid, RISKY_CARE_TEXT);
  const updated = await inTransaction(async (tx) => {
    const c = await getCase(input.caseId, tx);
    if (!c) throw caseNotFound();
    const r = step(c);
    await applyStep(tx, c._id, r.patch, r.step);
    return { ...c, ...r.patch, timeline: [...c.timeline, r.step] };
  });
  // The assignment (case and version) is the event: a re-assignment is news to the new assignee.
  await notifyTodo('careAssigned', `${updated._id}-v${updated.version}`, [assignee.openid!], `${updated.memberName} · ${updated.kind}`, { openid: caller.openid, now });
  const member = await getMember(updated.memberId);
  return caseView(caller, updated, member);
}
