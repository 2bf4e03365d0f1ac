import type { MediationOutputs } from '@/contracts/mediation';
import { canHandle, canOpenFor } from '@/domain/mediation/mediation.rules';
import type { MediationCase, MediationOpenInput } from '@/domain/mediation/mediation.schema';
import { personRef } from '@/domain/care/person.rules';
import { yearOf } from '@/domain/shared/day.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { callerOf, type Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { getMember } from '@shared/repos/members.repo';
import { insertMediation } from '../../repos/mediations.repo';
import { getUser } from '@shared/repos/users.repo';
import { requireCleanText } from '../clean-text';
import { existingMember } from '@shared/auth/guards';
import { mediationView } from './mediation-views';

/**
 * A dispute brought to 乡音工作室: for a member, or for a 老乡 he brings (name and phone kept with
 * the consent the organiser asked for). The organiser must cover the member; the handler he picks
 * (mediation.handlers) must cover him too. The case sits in the member's branch and village.
 */
export async function openMediationHandler(input: MediationOpenInput, { caller, now }: Ctx): Promise<MediationOutputs['mediation.open']> {
  const memberId = input.party.kind === 'member' ? input.party.memberId : input.party.broughtBy;
  const member = existingMember(await getMember(memberId));
  if (!canOpenFor(caller, member)) throw forbidden('只能为您负责的党员（或其带来的老乡）登记调解');
  const handlerUser = await getUser(input.handlerOpenid);
  if (!handlerUser || !canHandle(callerOf(input.handlerOpenid, handlerUser), member)) {
    throw new AppError(ErrorCodes.MEDIATION_HANDLER_INVALID, '承办人须是负责该党员的组织者', [{ path: 'handlerOpenid', message: '请从列表中选择承办人' }]);
  }
  await requireCleanText([input.description], caller.openid, '内容含有不适宜发布的信息，请修改后再提交');

  // An organiser with no member record is named by his role (care's personRef), so the timeline says who acted.
  const by = { openid: caller.openid, name: personRef(caller).name };
  const c: MediationCase = {
    _id: newId(now),
    kind: input.kind,
    memberId: member._id,
    memberName: member.name,
    villager: input.party.kind === 'villager' ? { name: input.party.name, phone: input.party.phone, consentAt: now, consentBy: by } : null,
    branchId: member.branchId,
    groupId: member.groupId,
    year: yearOf(now),
    description: input.description,
    handler: { openid: input.handlerOpenid, name: handlerUser.name },
    state: 'open',
    outcome: null,
    steps: [],
    openedBy: by,
    openedAt: now,
    updatedAt: now,
  };
  await insertMediation(c);
  return mediationView(caller, c, member.phone);
}
