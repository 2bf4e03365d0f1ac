import type { MediationOutputs } from '@/contracts/mediation';
import { roleTitle } from '@/domain/care/person.rules';
import { canHandle, canOpenFor } from '@/domain/mediation/mediation.rules';
import { forbidden } from '@/domain/shared/errors';
import { callerOf, type Ctx } from '@shared/dispatch/context';
import { organisersCovering } from '../../repos/cases.repo';
import { getMember } from '@shared/repos/members.repo';
import { existingMember } from '@shared/auth/guards';

/** The organisers a case for this member may be given to (the picker of the open form): those who cover him. */
export async function mediationHandlersHandler(input: { memberId: string }, { caller }: Ctx): Promise<MediationOutputs['mediation.handlers']> {
  const member = existingMember(await getMember(input.memberId));
  if (!canOpenFor(caller, member)) throw forbidden('只能为您负责的党员登记调解');
  const organisers = await organisersCovering(member);
  return { items: organisers.filter((u) => canHandle(callerOf(u._id, u), member)).map((u) => ({ openid: u._id, name: u.name, role: roleTitle(u.grants) })) };
}
