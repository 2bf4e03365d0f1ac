import type { ActionOutputs } from '@/contracts';
import { agrees } from '@/domain/agreement/co-manage.rules';
import { canManageMember } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { contactsOf } from '../../repos/contacts.repo';
import { getMember } from '@shared/repos/members.repo';
import { coAgreementFor } from '../agreement/co-managed';
import { existingMember } from '@shared/auth/guards';
import { contactView } from './contact-view';
import { pageOf } from '../page';

const PAGE = 20;

/** A member's contact history, newest entry first: for those who manage him, and the inflow side when agreed. */
export async function listContactsHandler(input: { memberId: string; cursor?: string; limit?: number }, { caller }: Ctx): Promise<ActionOutputs['contact.list']> {
  const member = existingMember(await getMember(input.memberId));
  if (!canManageMember(caller, member)) {
    const agreement = await coAgreementFor(caller, member);
    if (!agreement || !agrees(agreement, 'contacts')) throw forbidden('无权查看该党员的联系记录');
  }
  const limit = input.limit ?? PAGE;
  return pageOf(await contactsOf(member._id, limit + 1, input.cursor || undefined), limit, contactView);
}
