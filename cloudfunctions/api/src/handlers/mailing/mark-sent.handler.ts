import type { MailingOutputs } from '@/contracts/mailing';
import { canManageMember } from '@/domain/auth/scope.rules';
import { mailItemId } from '@/domain/mailing/mailing.rules';
import type { MailingMarkSentInput } from '@/domain/mailing/mailing.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getBatch, itemsOfBatch, markItems } from '../../repos/mailings.repo';
import { batchNotFound, batchView } from './mailing-views';

/**
 * 已寄出: the organiser marks recipients he manages as posted. A member who is not on the batch, or
 * not his, refuses the whole request; rows already marked stay as they were.
 */
export async function markSentHandler(input: MailingMarkSentInput, { caller, now }: Ctx): Promise<MailingOutputs['mailing.markSent']> {
  const batch = await getBatch(input.batchId);
  if (!batch) throw batchNotFound();
  const rows = new Map((await itemsOfBatch(batch._id)).map((i) => [i.memberId, i]));
  const asked = input.memberIds.map((id) => rows.get(id));
  if (asked.some((r) => r && !canManageMember(caller, r))) throw forbidden('只能标记您负责的党员');
  if (asked.some((r) => !r)) throw new AppError(ErrorCodes.MAILING_NOT_RECIPIENT, '所选党员不在该批次的收件人中');
  const marked = await markItems(batch._id, input.memberIds.map((m) => mailItemId(batch._id, m)), 'sentAt', now);
  const counts = { ...batch.counts, sent: batch.counts.sent + marked };
  return { batch: batchView({ ...batch, counts }), marked };
}
