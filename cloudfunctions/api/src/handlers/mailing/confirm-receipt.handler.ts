import type { MailingOutputs } from '@/contracts/mailing';
import { mailItemId } from '@/domain/mailing/mailing.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getItem, markItems } from '../../repos/mailings.repo';
import { ownMemberId } from '@shared/auth/guards';

/**
 * 已签收: the member confirms his parcel arrived (also before the organiser marked it sent: the
 * parcel is in his hands). Only his own row, found by its deterministic id; a second confirmation
 * changes nothing.
 */
export async function confirmReceiptHandler(input: { batchId: string }, { caller, now }: Ctx): Promise<MailingOutputs['mailing.confirm']> {
  const memberId = ownMemberId(caller, '后确认签收');
  const id = mailItemId(input.batchId, memberId);
  const item = await getItem(id);
  if (!item) throw new AppError(ErrorCodes.MAILING_NOT_RECIPIENT, '没有寄给您的这批学习资料');
  if (item.receivedAt !== null) return item;
  const marked = await markItems(input.batchId, [id], 'receivedAt', now);
  return marked ? { ...item, receivedAt: now } : ((await getItem(id)) ?? item);
}
