import type { MailingOutputs } from '@/contracts/mailing';
import { coversMembers } from '@/domain/auth/scope.rules';
import { mailItemId, outsideScope, unitsOfRecipients } from '@/domain/mailing/mailing.rules';
import type { MailBatch, MailingCreateInput, MailItem } from '@/domain/mailing/mailing.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { insertBatch } from '../../repos/mailings.repo';
import { membersByIds } from '@shared/repos/members.repo';
import { requireAllMembers } from '@shared/auth/guards';
import { batchView } from './mailing-views';

/**
 * A dispatch batch: what is posted and to whom. Every recipient must be a member the organiser
 * manages (county, his branch's secretary, his village's cadre); one outside his scope refuses the
 * whole batch before anything is written. Each recipient's address is copied as it is today.
 */
export async function createMailingHandler(input: MailingCreateInput, { caller, now }: Ctx): Promise<MailingOutputs['mailing.create']> {
  if (!coversMembers(caller)) throw forbidden('只有组织部、支部书记和村干部可以登记寄送');
  const members = await membersByIds(input.memberIds);
  requireAllMembers(members, input.memberIds);
  const outside = outsideScope(caller, members);
  if (outside.length) throw forbidden(`只能向您负责的党员寄送：${outside.slice(0, 3).map((m) => m.name).join('、')}${outside.length > 3 ? ` 等 ${outside.length} 人` : ''}不在您的管理范围内`);

  const batchId = newId(now);
  const rows: MailItem[] = members.map((m) => ({
    _id: mailItemId(batchId, m._id),
    batchId,
    title: input.title,
    memberId: m._id,
    memberName: m.name,
    branchId: m.branchId,
    groupId: m.groupId,
    address: m.mailingAddress ?? null,
    sentAt: null,
    receivedAt: null,
  }));
  const batch: MailBatch = {
    _id: batchId,
    title: input.title,
    note: input.note ?? null,
    ...unitsOfRecipients(members),
    byName: caller.name,
    byOpenid: caller.openid,
    createdAt: now,
    counts: { recipients: rows.length, sent: 0, received: 0 },
  };
  await insertBatch(batch, rows);
  return batchView(batch);
}
