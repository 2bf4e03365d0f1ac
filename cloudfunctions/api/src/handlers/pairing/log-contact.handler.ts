import type { ActionOutputs } from '@/contracts';
import { agrees } from '@/domain/agreement/co-manage.rules';
import { advancesLastContact, isFutureDay, monthOfDay } from '@/domain/pairing/contact.rules';
import { contactRoleOf } from '@/domain/pairing/pairing-scope.rules';
import type { Contact, ContactLogInput } from '@/domain/pairing/pairing.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { insertContact } from '../../repos/contacts.repo';
import { getMember } from '@shared/repos/members.repo';
import { getPairing, touchLastContact } from '../../repos/pairings.repo';
import { coAgreementFor } from '../agreement/co-managed';
import { existingMember } from '@shared/auth/guards';
import { contactView } from './contact-view';

/**
 * Records one contact with a member and moves his pairing's last contact in the same transaction
 * (never backwards: a late entry for an earlier day leaves a later contact in place).
 */
export async function logContactHandler(input: ContactLogInput, { caller, now }: Ctx): Promise<ActionOutputs['contact.log']> {
  const [found, pairing] = await Promise.all([getMember(input.memberId), getPairing(input.memberId)]);
  const member = existingMember(found);
  const agreement = await coAgreementFor(caller, member);
  const role = contactRoleOf(caller, member, pairing, agreement !== null && agrees(agreement, 'contacts'));
  if (!role) throw forbidden('无权为该党员记录联系');
  if (isFutureDay(input.day, now)) throw new AppError(ErrorCodes.CONTACT_DAY_INVALID, '联系日期不能晚于今天', [{ path: 'day', message: '联系日期不能晚于今天' }]);

  const contact: Contact = {
    _id: newId(now),
    memberId: member._id,
    cadreOpenid: caller.openid,
    authorName: caller.name ?? '',
    byRole: role,
    byOrg: role === 'inflow' && agreement ? agreement.name : null,
    branchId: member.branchId,
    groupId: member.groupId,
    day: input.day,
    month: monthOfDay(input.day),
    channel: input.channel,
    note: input.note,
    situation: input.situation,
    at: now,
  };
  const lastContactDay = await inTransaction(async (tx) => {
    const current = await getPairing(member._id, tx);
    await insertContact(tx, contact);
    if (!current) return null;
    if (!advancesLastContact(current.lastContactDay, input.day)) return current.lastContactDay;
    await touchLastContact(tx, member._id, now, input.day);
    return input.day;
  });
  return { contact: contactView(contact), lastContactDay };
}
