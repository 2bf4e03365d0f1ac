import type { AssigneeOption, CareOutputs } from '@/contracts/care';
import { canAssign, canBeAssignee, canReadCase } from '@/domain/care/care-scope.rules';
import { isClosed } from '@/domain/care/case.rules';
import { roleTitle } from '@/domain/care/person.rules';
import { forbidden } from '@/domain/shared/errors';
import { callerOf, type Ctx } from '@shared/dispatch/context';
import { getCase, organisersCovering } from '../../repos/cases.repo';
import { getMember } from '@shared/repos/members.repo';
import { caseNotFound, caseView } from './care-views';

/** One case with its timeline; for those who may assign it, the organisers it may be given to. */
export async function getCaseHandler(input: { caseId: string }, ctx: Ctx): Promise<CareOutputs['care.get']> {
  const { caller } = ctx;
  const c = await getCase(input.caseId);
  if (!c) throw caseNotFound();
  if (!canReadCase(caller, c)) throw forbidden('无权查看该求助');
  const placement = { _id: c.memberId, branchId: c.branchId, groupId: c.groupId };
  const [member, organisers] = await Promise.all([
    getMember(c.memberId),
    !isClosed(c.state) && canAssign(caller, c) ? organisersCovering(c) : Promise.resolve([]),
  ]);
  const assignees: AssigneeOption[] = organisers
    .filter((u) => canBeAssignee(callerOf(u._id, u), placement))
    .map((u) => ({ openid: u._id, name: u.name, role: roleTitle(u.grants) }));
  return { case: caseView(caller, c, member), assignees };
}
